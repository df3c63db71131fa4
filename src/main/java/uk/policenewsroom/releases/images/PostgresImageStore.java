package uk.policenewsroom.releases.images;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images in PostgreSQL as {@code bytea}. Plain JDBC rather than an entity, so the bytes
 * are read only when an image is served, never when a page just needs its size.
 */
@Repository
class PostgresImageStore implements ImageStore {

	private static final String COLUMNS = "id, sha256, content_type, width, height";

	private final JdbcClient jdbc;

	private final Clock clock;

	PostgresImageStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public StoredImage save(byte[] bytes, String contentType, int width, int height) {
		String sha256 = sha256(bytes);
		this.jdbc
			.sql("insert into images (sha256, content_type, width, height, bytes, created_at)"
					+ " values (?, ?, ?, ?, ?, ?) on conflict (sha256) do nothing")
			.params(sha256, contentType, width, height, bytes, Timestamp.from(this.clock.instant()))
			.update();
		return this.jdbc.sql("select " + COLUMNS + " from images where sha256 = ?")
			.param(sha256)
			.query(StoredImage.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredImage> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from images where id = ?")
			.param(id)
			.query(StoredImage.class)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Loaded> load(long id) {
		return this.jdbc.sql("select " + COLUMNS + ", bytes from images where id = ?")
			.param(id)
			.query((row,
					number) -> new Loaded(new StoredImage(row.getLong("id"), row.getString("sha256"),
							row.getString("content_type"), row.getInt("width"), row.getInt("height")),
							row.getBytes("bytes")))
			.optional();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
