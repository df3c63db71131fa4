import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Fills a benchmark database (never the demo's .data/) with published releases spread
 * over ten years, across every category and twenty areas, one or two areas each.
 * Run by perf/bench.sh --scale: java -cp postgresql.jar perf/GenerateReleases.java JDBC_URL [COUNT]
 */
public class GenerateReleases {

	/** Sets the visibility map, so the news list's ids come from the index alone, and the statistics. */
	static void vacuum(Statement sql) throws Exception {
		sql.execute("vacuum (freeze, analyze) releases");
		sql.execute("vacuum (freeze, analyze) release_areas");
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int count = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
		try (Connection db = DriverManager.getConnection(url, "postgres", "");
				Statement sql = db.createStatement()) {
			ResultSet existing = sql.executeQuery("select count(*) from releases where slug like 'generated-%'");
			existing.next();
			if (existing.getLong(1) >= count) {
				System.out.println("Already " + existing.getLong(1) + " generated releases");
				vacuum(sql);
				return;
			}
			db.setAutoCommit(false);
			String[] towns = { "Basildon", "Braintree", "Brentwood", "Canvey Island", "Chelmsford", "Clacton",
					"Colchester", "Epping", "Grays", "Harlow", "Harwich", "Loughton", "Maldon", "Rayleigh",
					"Rochford", "Saffron Walden", "Southend", "Tilbury", "Wickford", "Witham" };
			for (String town : towns) {
				String slug = town.toLowerCase().replace(' ', '-');
				sql.executeUpdate("insert into areas (slug, name, kind) values ('" + slug + "', '" + town
						+ "', 'TOWN') on conflict do nothing");
			}
			long started = System.nanoTime();
			sql.executeUpdate("""
					insert into releases (slug, title, summary, body, category_id, status, published_at,
					    public_updated_at, created_at, modified_at)
					select 'generated-' || n,
					       'Generated release ' || n || ': ' || (array['Appeal for witnesses', 'Man charged',
					           'Road closed', 'Missing woman found', 'Drugs seized', 'Court result'])[1 + mod(n, 6)],
					       'Summary of generated release ' || n || ', one of many spread over ten years.',
					       'Body of generated release ' || n || E'.\\n\\nOfficers would like to hear from anyone with information.',
					       (select id from categories order by id offset mod(n, (select count(*) from categories)) limit 1),
					       'PUBLISHED', t, t, t, t
					from generate_series(1, %d) as n,
					     lateral (select now() - interval '10 years' * (n::float8 / %d) as t) as at
					""".formatted(count, count));
			sql.executeUpdate("""
					insert into release_areas (release_id, area_id)
					select r.id, a.id from releases r
					join lateral (select id from areas order by id offset (r.id % (select count(*) from areas)) limit 1) a on true
					where r.slug like 'generated-%'
					union
					select r.id, a.id from releases r
					join lateral (select id from areas order by id offset ((r.id * 7) % (select count(*) from areas)) limit 1) a on true
					where r.slug like 'generated-%' and r.id % 3 = 0
					""");
			db.commit();
			db.setAutoCommit(true);
			vacuum(sql);
			System.out.printf("Generated %d releases in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
		}
	}

}
