package uk.policenewsroom.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.accounts.Account;
import uk.policenewsroom.accounts.Accounts;
import uk.policenewsroom.areas.Area;
import uk.policenewsroom.areas.Areas;
import uk.policenewsroom.operations.DrugClass;
import uk.policenewsroom.operations.Operation;
import uk.policenewsroom.operations.Operations;
import uk.policenewsroom.operations.TallyKind;
import uk.policenewsroom.operations.TallyLine;
import uk.policenewsroom.operations.Unit;
import uk.policenewsroom.releases.Actor;
import uk.policenewsroom.releases.Categories;
import uk.policenewsroom.releases.Category;
import uk.policenewsroom.releases.Release;
import uk.policenewsroom.releases.Releases;
import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.Slugs;

/**
 * Seeds the embedded demo database, once, with areas, operations and releases, so that a
 * fresh checkout has a newsroom worth clicking through. Everything is fictional apart
 * from the facts of the March 2022 county lines week. Apart from that week, dates are
 * worked out from the clock, so the demo always looks recent and nothing is published in
 * the future.
 */
public class DemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private static final List<String> TOWNS = List.of("Southend", "Westcliff", "Leigh", "Basildon", "Billericay",
			"Benfleet", "Brentwood", "Canvey Island", "Halstead", "Grays", "Harlow", "Chelmsford", "Colchester",
			"Clacton");

	private static final List<String> DISTRICTS = List.of("London", "Kent");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yy", Locale.UK);

	/**
	 * How long before publication a release is drafted, so created times read sensibly.
	 */
	private static final Duration WRITING_TIME = Duration.ofMinutes(50);

	private final Areas areas;

	private final Categories categories;

	private final Operations operations;

	private final Releases releases;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Accounts accounts;

	public DemoContent(Areas areas, Categories categories, Operations operations, Releases releases, Accounts accounts,
			TransactionTemplate transactions, Clock clock) {
		this.accounts = accounts;
		this.areas = areas;
		this.categories = categories;
		this.operations = operations;
		this.releases = releases;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.releases.count() != 0 || this.operations.count() != 0) {
			log.info("Demo content is already there ({} releases, {} operations); leaving it as it is",
					this.releases.count(), this.operations.count());
			return;
		}
		Seed seed = new Seed();
		this.transactions.executeWithoutResult((status) -> seed.all());
		log.info("Seeded demo content: {} areas, {} operations, {} published releases and {} drafts",
				seed.places.size(), seed.operationCount, seed.publishedCount, seed.draftCount);
	}

	private static Instant at(LocalDateTime londonTime) {
		return londonTime.atZone(LondonTime.ZONE).toInstant();
	}

	private static Instant on(LocalDate date, int hour, int minute) {
		return at(date.atTime(hour, minute));
	}

	private static Clock clockAt(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	private static String day(LocalDate date) {
		return DAY.format(date);
	}

	/** A crime reference in the force's usual form, "42/12345/25". */
	private static String reference(int number, LocalDate date) {
		return "42/" + number + "/" + YEAR.format(date);
	}

	private static String appeal(int number, LocalDate date) {
		return "Anyone with information should call 101 quoting crime reference " + reference(number, date)
				+ ", or contact Crimestoppers anonymously on 0800 555 111.";
	}

	/**
	 * One seeding run: the areas it has saved, the categories it has looked up and what
	 * it has counted.
	 */
	private final class Seed {

		private final LocalDate today = LocalDate.now(DemoContent.this.clock.withZone(LondonTime.ZONE));

		private final Map<String, Area> places = new LinkedHashMap<>();

		private final Map<String, Category> categoriesBySlug = new HashMap<>();

		private int operationCount;

		private int publishedCount;

		private int draftCount;

		void all() {
			TOWNS.forEach((name) -> area(name, Area.Kind.TOWN));
			DISTRICTS.forEach((name) -> area(name, Area.Kind.DISTRICT));
			countyLinesWeek();
			drinkDriveCampaign();
			cannabisAndBurglaryCrackdown();
			knifeCrimeWeek();
			appealsAndInvestigations();
			courtResults();
			adviceAndCommunity();
			drafts();
			operationAwaitingReview();
		}

		/**
		 * Results the demo writer has recorded and submitted, so that an editor has an
		 * operation to review and publish. Not public until then.
		 */
		private void operationAwaitingReview() {
			Account writer = DemoContent.this.accounts.findByEmail(DemoAccounts.WRITER_EMAIL).orElse(null);
			if (writer == null) {
				return;
			}
			LocalDate end = this.today.minusDays(3);
			LocalDate start = end.minusDays(6);
			Operation.Actor by = new Operation.Actor(writer.getId(), writer.getRole());
			Operation week = new Operation(Slugs.from("Rural Crime Week of Action, " + MONTH_YEAR.format(start)),
					new Operation.Description("Rural Crime Week of Action, " + MONTH_YEAR.format(start), "Harvest",
							"Rural Crime Team", start, end,
							"A week of patrols and checks on farms and country lanes against the theft of machinery,"
									+ " fuel and livestock."),
					by, DemoContent.this.clock);
			week.coverAreas(places("Halstead", "Chelmsford"));
			week.addResult(by, TallyLine.count(TallyKind.ARRESTS, 6), null, DemoContent.this.clock);
			week.addResult(by, TallyLine.count(TallyKind.VEHICLES, "Stolen tractors and quad bikes", 4), null,
					DemoContent.this.clock);
			week.addResult(by, TallyLine.drug("Cannabis", DrugClass.B, "1250", Unit.GRAMS), null,
					DemoContent.this.clock);
			week.submit(by, week.getVersion(), DemoContent.this.clock);
			this.operationCount++;
			DemoContent.this.operations.save(week);
		}

		private void countyLinesWeek() {
			Operation week = operation("County Lines Intensification Week, March 2022", "Raptor",
					"Serious Violence Unit", LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 13), """
							A national week of concentrated action against the drug gangs that run county \
							lines. Our Serious Violence Unit and its Operation Raptor teams targeted dealers \
							across the county, following suspects into London and Kent, while safeguarding \
							officers worked to protect young and vulnerable people exploited by the gangs.""",
					List.of(TallyLine.count(TallyKind.ARRESTS, 49), TallyLine.count(TallyKind.CHARGED, 11),
							TallyLine.count(TallyKind.COUNTY_LINES_DISRUPTED, 8), TallyLine.cash(9_650_900L, false),
							TallyLine.drug("Heroin", DrugClass.A, "145.92", Unit.GRAMS),
							TallyLine.drug("Crack cocaine", DrugClass.A, "126", Unit.GRAMS),
							TallyLine.drug("Cocaine (loose)", DrugClass.A, "30.5", Unit.GRAMS),
							TallyLine.drug("Cocaine", DrugClass.A, "1149", Unit.WRAPS),
							TallyLine.drug("Ketamine", DrugClass.B, "11", Unit.GRAMS),
							TallyLine.count(TallyKind.WEAPONS, "Knives and other weapons", 5)),
					Set.copyOf(this.places.values()));
			release("operation-results", "County lines week: 49 arrests and nearly £100,000 in cash seized",
					"Serious Violence Unit officers made 49 arrests, charged 11 people and shut down eight county "
							+ "lines during a national week of action from 7 to 13 March.",
					"""
							Forty-nine people were arrested and eight county lines were shut down during a week \
							of concentrated action against the drug gangs operating in our county.

							Eleven people have been charged. Our enquiries are continuing into everyone else \
							who was arrested, who have been released either on bail or under investigation.

							The national County Lines Intensification Week ran from Monday 7 March to Sunday \
							13 March.

							## What officers seized

							Over the seven days, officers from our Serious Violence Unit seized:

							- £96,509 in cash
							- 145.92g of heroin
							- 126g of crack cocaine
							- 30.5g of loose cocaine
							- 1,149 wraps of cocaine, packaged and ready to sell
							- 11g of ketamine
							- five knives and other weapons

							Arrests were made right across the county, in Southend, Westcliff, Leigh, Canvey \
							Island, Benfleet, Basildon, Billericay, Brentwood, Grays, Harlow, Chelmsford, \
							Halstead, Colchester and Clacton, and officers also followed suspects over the \
							border into London and Kent.

							## Protecting people who are exploited

							Arrests are only part of the picture. Many of the people drawn into county lines, \
							especially children and young adults, are being used by the gangs that run them, \
							and we treat them as victims.

							Stopping vulnerable people being pulled into drugs and the crime that comes with \
							them is a priority for the whole force, and not one we take on by ourselves. We work \
							with local councils and the county's violence and vulnerability partnership to spot \
							those at risk and make sure they get help to step away.

							The Serious Violence Unit has its own Gangs and County Lines Officer, whose job is \
							to identify young people at risk of exploitation and get support to them, and \
							safeguarding officers work alongside detectives in our Operation Raptor teams.

							Detective Chief Inspector Sam Okafor, of the Serious Violence Unit, said:

							> "This week gave us the chance to step up our activity, but tracking down county \
							lines is something our Operation Raptor teams do every day of the year, around \
							the clock.
							>
							> "A great deal of patient work goes into finding a line, working out who is behind \
							it and gathering the evidence to put them before a court. The people involved \
							rarely realise how strong a case we have built until we are at their door.
							>
							> "These results show our approach is working, but we know there are still those \
							who think they can sell drugs here and get away with it. They cannot. Drug dealers \
							do real damage to our communities and we will keep going after them.
							>
							> "Enforcement is the part of our work people see most, but our prevention officers \
							are working just as hard to reach young people before the gangs do."

							If you are worried that someone is being exploited, or you have information about \
							drug dealing where you live, call 101 or report it online. You can also contact \
							Crimestoppers anonymously on 0800 555 111.
							""", week, at(LocalDateTime.of(2022, 3, 18, 11, 50)), "Southend", "Basildon", "Colchester");
		}

		private void drinkDriveCampaign() {
			LocalDate start = monday(this.today.minusDays(125));
			LocalDate end = start.plusDays(27);
			Operation campaign = operation("Drink and Drug-Drive Campaign, " + MONTH_YEAR.format(start), "Lantern",
					"Roads Policing Unit", start, end, """
							Four weeks of daily roadside checks, intelligence-led stops and patrols on major \
							routes and in town centres, aimed at drivers under the influence of drink or drugs. \
							Drivers who were stopped were also checked for insurance and a valid licence.""",
					List.of(TallyLine.count(TallyKind.ARRESTS, "Suspected drink-driving", 41),
							TallyLine.count(TallyKind.ARRESTS, "Suspected drug-driving", 23),
							TallyLine.count(TallyKind.VEHICLES, "No insurance or no valid licence", 17),
							TallyLine.drug("Cannabis", DrugClass.B, "14", Unit.GRAMS),
							TallyLine.count(TallyKind.OTHER, "Roadside breath tests", 1212),
							TallyLine.count(TallyKind.OTHER, "Roadside drug tests", 187)),
					places("Chelmsford", "Basildon", "Brentwood", "Grays", "Colchester", "Harlow"));
			release("road-safety", "Drink and drug-drive campaign begins with daily roadside checks",
					"Roads policing officers will be carrying out checks every day for the next four weeks. "
							+ "If you plan to drink, leave the car at home.",
					"""
							Our Roads Policing Unit begins four weeks of stepped-up enforcement against drink and \
							drug-driving today.

							Officers will be stopping vehicles on main roads and in town centres at all times of \
							day, not just late at night. Many drivers who fail a test the morning after a night \
							out genuinely believed they were safe to drive.

							## What to expect

							- Checkpoints on major routes, including the A12, A127 and A13
							- Patrols near pubs, bars and venues at closing time
							- Roadside breath and drug tests for any driver we have reason to stop
							- Checks on insurance, licences and the condition of vehicles

							Inspector Rachel Dunmore, of the Roads Policing Unit, said:

							> "Every year we knock on doors to tell families that someone they love has been \
							killed by a driver who had been drinking or taking drugs. It is entirely avoidable.
							>
							> "There is no safe amount to drink before driving, and drugs can stay in your \
							system for much longer than you think. Book a taxi, take the bus or arrange a lift."

							If you know someone is driving under the influence, call 999 if they are on the road \
							now, or 101 to tell us about someone who does it regularly.
							""", campaign, on(start, 10, 0), "Chelmsford", "Basildon", "Brentwood");
			release("operation-results", "Sixty-four drivers arrested during month-long drink and drug-drive campaign",
					"Officers carried out more than 1,200 roadside breath tests and arrested 41 people on suspicion "
							+ "of drink-driving and 23 on suspicion of drug-driving.",
					"""
							Sixty-four drivers were arrested during a four-week campaign against drink and \
							drug-driving that ended on %s.

							Of those, 41 were arrested on suspicion of driving over the drink-drive limit and 23 \
							on suspicion of driving after taking drugs. Officers carried out 1,212 roadside \
							breath tests and 187 roadside drug tests.

							A further 17 vehicles were seized from drivers who had no insurance or no valid \
							licence, and a small amount of cannabis was found in several cars.

							## Caught the morning after

							Around one in five of the drink-drive arrests were made between 6am and 11am, from \
							drivers who had been out the night before.

							Inspector Rachel Dunmore, of the Roads Policing Unit, said:

							> "Most people do the right thing, and we thank them. But 64 arrests in four weeks \
							shows that too many are still willing to take the risk.
							>
							> "Those arrested now face a minimum 12-month ban, a fine and a criminal record. \
							Some will lose their jobs. That is nothing compared with the harm they could have \
							done."

							Our roadside checks continue all year round.
							""".formatted(day(end)), campaign, on(end.plusDays(6), 11, 30), "Chelmsford", "Basildon",
					"Grays");
		}

		private void cannabisAndBurglaryCrackdown() {
			LocalDate start = monday(this.today.minusDays(215));
			LocalDate end = start.plusDays(20);
			Operation crackdown = operation("Cannabis Cultivation and Burglary Crackdown, " + MONTH_YEAR.format(start),
					"Keystone", "Local Policing Support Unit", start, end, """
							Three weeks of warrants and patrols in Basildon, Grays and Harlow, acting on \
							information from residents about cannabis farms and the burglaries and electricity \
							theft that often come with them. Plant and dried cannabis figures are estimates \
							until forensic weighing is complete.""",
					List.of(TallyLine.count(TallyKind.ARRESTS, 23), TallyLine.count(TallyKind.CHARGED, 9),
							TallyLine.count(TallyKind.BAILED, 6),
							TallyLine.count(TallyKind.RELEASED_UNDER_INVESTIGATION, 8),
							TallyLine.count(TallyKind.SAFEGUARDED, 2),
							TallyLine.drug("Cannabis plants", DrugClass.B, "1150", Unit.PLANTS).approx(),
							TallyLine.drug("Cannabis (dried)", DrugClass.B, "4.2", Unit.KILOGRAMS).approx(),
							TallyLine.cash(1_820_000L, true), TallyLine.count(TallyKind.VEHICLES, 3),
							TallyLine.count(TallyKind.PHONES, 31),
							TallyLine.count(TallyKind.OTHER, "Stolen items returned to their owners", 46)),
					places("Basildon", "Grays", "Harlow"));
			release("arrest", "Three arrested after cannabis factory found above former shop in Harlow",
					"Officers found around 400 cannabis plants across three floors of a building in Harlow town centre. "
							+ "Two men and a woman have been arrested.",
					"""
							Two men and a woman have been arrested after officers discovered a large cannabis \
							factory in Harlow town centre.

							Officers executed a warrant at the building, which had been empty since the shop on \
							its ground floor closed, at about 7am on %s. Inside they found around 400 plants \
							growing across three floors, along with lighting, irrigation equipment and an \
							illegal connection to the electricity supply.

							The three, aged 23, 31 and 44, were arrested on suspicion of producing a controlled \
							drug and abstracting electricity. They remain in custody.

							## Why it matters

							Cannabis factories are often run by organised crime groups and bring fire risk, \
							violence and exploitation to the streets around them. Illegal wiring is a serious \
							danger to neighbouring homes and businesses.

							Signs that a property may be used to grow cannabis include:

							- windows that are always covered
							- a strong, sweet smell
							- people visiting at odd hours but rarely staying
							- condensation on windows, or unusual heat from the roof

							%s
							""".formatted(day(start.plusDays(2)), appeal(21874, start)), crackdown,
					on(start.plusDays(2), 16, 40), "Harlow");
			release("operation-results", "Cannabis farm and burglary crackdown leads to 23 arrests",
					"A three-week operation in Basildon, Grays and Harlow recovered about 1,150 cannabis plants "
							+ "and returned 46 stolen items to their owners. Nine people have been charged.",
					"""
							Twenty-three people were arrested during a three-week operation targeting cannabis \
							farms and the burglaries linked to them in Basildon, Grays and Harlow.

							Nine have been charged, six have been released on bail and eight have been released \
							under investigation while enquiries continue.

							## Results

							- about 1,150 cannabis plants and roughly 4.2kg of dried cannabis seized
							- about £18,200 in cash seized
							- three vehicles and 31 phones seized for examination
							- 46 stolen items, including power tools and jewellery, returned to their owners
							- two teenagers found tending plants referred for support as potential victims of \
							exploitation

							The figures for plants and dried cannabis are estimates and will be confirmed once \
							the drugs have been examined.

							Chief Inspector Tom Ashworth, who led the operation, said:

							> "Almost every warrant we carried out began with information from someone living \
							nearby. Please keep telling us what you see. It makes a real difference.
							>
							> "The two young people we found were being used by others, and our priority is \
							making sure they are safe."

							You can report suspicious activity online or by calling 101. If you would rather not \
							give your name, contact Crimestoppers anonymously on 0800 555 111.
							""", crackdown, on(end.plusDays(5), 12, 15), "Basildon", "Harlow", "Grays");
			draft("charge", "Man charged with producing cannabis after Harlow factory discovery",
					"A 31-year-old man has been charged following the discovery of a cannabis factory in Harlow town "
							+ "centre.",
					"""
							A man has been charged after a cannabis factory was found in Harlow town centre.

							The 31-year-old has been charged with producing a controlled drug of Class B and \
							abstracting electricity. He has been remanded in custody to appear before \
							magistrates.

							A man and a woman arrested at the same time have been released on bail while \
							enquiries continue.
							""", crackdown, "Harlow");
		}

		private void knifeCrimeWeek() {
			LocalDate start = monday(this.today.minusDays(63));
			LocalDate end = start.plusDays(6);
			Operation week = operation("Knife Crime Week of Action, " + MONTH_YEAR.format(start), "Sentinel",
					"Serious Violence Unit", start, end, """
							A week of weapon sweeps, stop and search in areas where knives had been used, visits \
							to schools, test purchases at shops selling knives, and surrender bins at police \
							stations so that people could hand in blades with no questions asked.""",
					List.of(TallyLine.count(TallyKind.ARRESTS, 17), TallyLine.count(TallyKind.CHARGED, 6),
							TallyLine.count(TallyKind.WEAPONS, "Knives and bladed articles", 14),
							TallyLine.count(TallyKind.WEAPONS, "Other weapons", 3),
							TallyLine.count(TallyKind.SAFEGUARDED, 5),
							TallyLine.count(TallyKind.OTHER, "Knives handed in at surrender bins", 212),
							TallyLine.count(TallyKind.OTHER, "Test purchases at shops", 36),
							TallyLine.count(TallyKind.OTHER, "Shops that refused the sale", 33)),
					places("Southend", "Colchester", "Grays", "Basildon", "Chelmsford", "Harlow"));
			release("news", "Knife surrender bins to open at police stations next week",
					"From Monday, anyone can hand in a knife or other weapon at six police stations without giving "
							+ "their name. Bins will be in public reception areas all week.",
					"""
							Knife surrender bins will be placed in the front offices of six police stations from \
							%s as part of a week of action against knife crime.

							Anyone can walk in and drop a knife, machete or other weapon into a bin without \
							being asked for their name. Kitchen knives that are no longer wanted can be handed \
							in too.

							## Where to find the bins

							- Southend
							- Colchester
							- Grays
							- Basildon
							- Chelmsford
							- Harlow

							Bins will be available during front office opening hours. Please wrap blades safely, \
							for example in cardboard, before bringing them in.

							Detective Chief Inspector Sam Okafor, of the Serious Violence Unit, said:

							> "Every knife handed in is one less that can end up on our streets. If you carry \
							one because you are frightened, talk to us, to a teacher or to a youth worker. \
							Carrying a knife makes you less safe, not more."

							During the week officers will also be visiting schools and checking that shops are \
							not selling knives to under-18s.
							""".formatted(day(start)), week, on(start.minusDays(3), 10, 0), "Southend", "Colchester",
					"Grays");
			release("operation-results", "Knife crime week: 212 blades handed in and 17 arrests",
					"Surrender bins collected 212 knives and officers seized 17 weapons during a week of action "
							+ "against knife crime. Three shops sold a knife to a teenage test purchaser.",
					"""
							People handed in 212 knives at police stations during a week of action against \
							knife crime that finished on %s.

							Over the same seven days officers made 17 arrests, six of which have led to charges, \
							and seized 14 knives and bladed articles and three other weapons during searches.

							## Shops tested

							Volunteers aged 16 and 17 tried to buy knives at 36 shops under the supervision of \
							officers and trading standards colleagues. Thirty-three refused the sale. The three \
							that did not will be visited again and could face prosecution.

							## Support, not just enforcement

							Five young people identified during the week have been referred to specialist \
							youth workers, and officers spoke to more than 2,000 pupils in school assemblies.

							Detective Chief Inspector Sam Okafor, of the Serious Violence Unit, said:

							> "I want to thank everyone who used the bins. Each of those 212 knives could have \
							caused a life-changing injury.
							>
							> "Our work does not stop because the week has ended. We will keep targeting people \
							who carry weapons, and keep helping young people who feel they need to."

							If you know someone who carries a knife, call 101 or contact Crimestoppers \
							anonymously on 0800 555 111. Young people can also use the Fearless website to \
							pass on information without giving their name.
							""".formatted(day(end)), week, on(end.plusDays(3), 11, 0), "Southend", "Colchester",
					"Grays");
		}

		private void appealsAndInvestigations() {
			LocalDate lastSeen = this.today.minusDays(2);
			release("missing-person", "Concern grows for missing Clacton man, 74",
					"Alan Whitcombe has not been seen since he left his home in Clacton on foot. He has a medical "
							+ "condition and may be confused. Have you seen him?",
					"""
							We are asking for your help to find Alan Whitcombe, who has been reported missing \
							from Clacton.

							Alan, 74, left his home on foot at about 4pm on %s and has not been seen since. He \
							has a medical condition that can leave him confused, and we are very concerned for \
							his welfare.

							## Description

							- white, about 5ft 9in tall and of slim build
							- short grey hair and a grey beard
							- last seen wearing a navy waxed jacket, beige trousers and brown walking shoes
							- may be carrying a black walking stick

							Alan knows the seafront and the Holland-on-Sea area well and often used to walk \
							there.

							If you see Alan, please call 999 straight away and stay with him if it is safe to \
							do so. If you have any other information, call 101 quoting missing person reference \
							%s.
							""".formatted(day(lastSeen), reference(51207, lastSeen)), null,
					on(lastSeen.plusDays(1), 8, 45), "Clacton");
			release("missing-person", "Missing 15-year-old from Halstead found safe",
					"A 15-year-old girl reported missing from Halstead has been found safe and well. Thank you to "
							+ "everyone who shared our appeal.",
					"""
							A 15-year-old girl who was reported missing from Halstead has been found safe and \
							well in Colchester.

							She was found by officers at about 6pm after a member of the public recognised her \
							from our appeal and called us.

							Thank you to everyone who shared the appeal and to the caller who got in touch. We \
							have removed her name and photograph from this page and ask that you delete any \
							posts that include them.
							""", null, on(this.today.minusDays(38), 19, 20), "Halstead", "Colchester");
			collisionAppeal();
			LocalDate assault = this.today.minusDays(5);
			release("arrest", "Man arrested after assault outside Chelmsford bar",
					"A 27-year-old man has been arrested after another man suffered a serious head injury outside a bar "
							+ "in Chelmsford city centre.",
					"""
							A man has been arrested after another man was seriously hurt outside a bar in \
							Chelmsford city centre.

							Officers were called at about 1.15am on %s to reports that a man had been punched \
							and had fallen, hitting his head. The victim, in his 30s, was taken to hospital, \
							where he remains in a stable condition.

							A 27-year-old man from Chelmsford was arrested nearby on suspicion of grievous \
							bodily harm and remains in custody.

							Detective Sergeant Hannah Moss said:

							> "We know the area was busy at the time and that a number of people saw what \
							happened. If you were there, or you have phone footage, please come forward."

							%s
							""".formatted(day(assault), appeal(33091, assault)), null, on(assault.plusDays(1), 7, 55),
					"Chelmsford");
			LocalDate robbery = this.today.minusDays(7);
			release("appeal", "Shop worker threatened during robbery in Westcliff",
					"A man threatened a shop worker and stole cash and cigarettes from a convenience store in "
							+ "Westcliff. Officers are releasing CCTV images of a man they want to speak to.",
					"""
							Detectives are appealing for information after a shop worker was threatened during \
							a robbery in Westcliff.

							A man walked into a convenience store at about 9.30pm on %s, threatened the member \
							of staff behind the counter and demanded money. He left with cash and several \
							packets of cigarettes. The worker was not physically hurt but was very shaken.

							## Description

							The man was white, in his 20s and wore a grey hooded top with the hood up, dark \
							tracksuit bottoms and white trainers. He left towards the seafront.

							We have released images of a man we would like to speak to, as we believe he may \
							be able to help our investigation.

							Retail staff should be able to go to work without fear. Attacks and threats against \
							shop workers are never acceptable.

							%s
							""".formatted(day(robbery), appeal(48213, robbery)), null, on(robbery.plusDays(1), 14, 45),
					"Westcliff");
			LocalDate charged = this.today.minusDays(12);
			release("charge", "Man charged with five burglaries in Grays",
					"A 38-year-old man has been charged with five burglaries at homes in Grays and remanded in custody.",
					"""
							A man has been charged with five burglaries at homes in Grays.

							Connor Blake, 38, of no fixed address, was charged on %s with five counts of \
							burglary and one count of handling stolen goods. The charges relate to break-ins \
							at homes in Grays over the past two months, in which jewellery, laptops and car keys \
							were taken.

							He was remanded in custody and appeared before magistrates the following day. His \
							case has been sent to crown court.

							Detective Constable Ben Harte said:

							> "Being burgled is deeply upsetting, and I want to thank the victims for their \
							patience. Our enquiries continue, and I would urge anyone who thinks they may \
							have been offered stolen jewellery to get in touch."

							%s
							""".formatted(day(charged.minusDays(1)), appeal(40077, charged)), null, on(charged, 9, 30),
					"Grays");
			release("charge", "Two charged with supplying Class A drugs in Southend and Westcliff",
					"Two men have been charged after officers stopped a car in Westcliff and found wraps of crack "
							+ "cocaine and heroin.",
					"""
							Two men have been charged with drug supply offences after officers stopped a car in \
							Westcliff.

							Officers pulled the car over on the evening of %s after it was seen making a series \
							of short stops. Inside they found around 60 wraps of crack cocaine and heroin, two \
							phones and a quantity of cash.

							The men, aged 19 and 22 and both from London, have been charged with possession with \
							intent to supply Class A drugs and with being concerned in the supply of Class A \
							drugs. They were remanded in custody to appear at Southend Magistrates' Court.

							Information from the public helps us find and shut down drug lines. If you notice \
							signs of drug dealing where you live, call 101 or contact Crimestoppers anonymously \
							on 0800 555 111.
							""".formatted(day(this.today.minusDays(32))), null, on(this.today.minusDays(31), 18, 0),
					"Southend", "Westcliff");
			LocalDate burglary = this.today.minusDays(151);
			release("appeal", "CCTV released after burglary at Halstead home",
					"Jewellery of great sentimental value was taken during a burglary at a home in Halstead. "
							+ "Do you recognise the man in our images?",
					"""
							Officers investigating a burglary in Halstead have released CCTV images of a man \
							they want to identify.

							A house was broken into between 1pm and 3pm on %s while the owners were out. \
							Jewellery, including a wedding ring and a silver locket belonging to the victim's \
							late mother, was taken.

							A doorbell camera on the same road recorded a man walking past the property \
							shortly before the burglary. He is white, of stocky build, and was wearing a dark \
							cap, a black puffer jacket and a small rucksack.

							If you recognise him, or you have been offered jewellery matching this description, \
							please get in touch.

							%s
							""".formatted(day(burglary), appeal(17435, burglary)), null,
					on(burglary.plusDays(1), 11, 20), "Halstead");
		}

		/**
		 * The release corrected after publication, so that testers see an "updated" time.
		 */
		private void collisionAppeal() {
			LocalDate crash = this.today.minusDays(10);
			String title = "Witnesses sought after motorcyclist seriously injured on A127 near Basildon";
			String body = """
					We are appealing for witnesses after a motorcyclist was seriously injured in a \
					collision on the A127 near Basildon.

					The collision, between a red motorcycle and a grey estate car, happened on the \
					%s carriageway at about 7.40pm on %s.

					The rider, a man in his 40s, was taken to hospital with injuries described as \
					serious but not life-threatening. The driver of the car stopped at the scene.

					The road was closed for around four hours while collision investigators worked at \
					the scene.

					## Can you help?

					We would particularly like to hear from:

					- anyone who saw the collision or either vehicle beforehand
					- drivers with dashcam footage from the area between 7.15pm and 7.45pm
					- anyone who stopped to help and left before officers arrived

					Inspector Rachel Dunmore, of the Roads Policing Unit, said:

					> "The road was busy at the time and I am sure a number of drivers saw what \
					happened. Even a few seconds of dashcam footage could help us establish how this \
					collision came about."

					%s
					""";
			String appeal = appeal(45560, crash);
			String summary = "A motorcyclist suffered serious injuries in a collision with a car on the A127. "
					+ "Officers would like to hear from witnesses and anyone with dashcam footage.";
			Instant published = on(crash.plusDays(1), 10, 5);
			Release release = release("road-safety", title, summary, body.formatted("eastbound", day(crash), appeal),
					null, published, "Basildon");
			String corrected = body.formatted("westbound", day(crash), appeal);
			// A correction is an editor's: made by the demo editor, when there is one.
			DemoContent.this.accounts.findByEmail(DemoAccounts.EDITOR_EMAIL)
				.ifPresent((editor) -> release.correct(Actor.editor(editor.getId()),
						content("road-safety", title, summary, corrected, null, "Basildon"),
						"Corrected the direction of travel: the collision happened on the westbound carriageway.",
						false, clockAt(published.plus(Duration.ofMinutes(145)))));
		}

		private void courtResults() {
			LocalDate sentenced = this.today.minusDays(20);
			release("court-result", "Man jailed for seven years after string of street robberies in Colchester",
					"Kieran Doyle, 24, robbed four people at knifepoint over three weeks. He was sentenced at "
							+ "Chelmsford Crown Court after pleading guilty.",
					"""
							A man who robbed four people at knifepoint in Colchester has been jailed for seven \
							years.

							Kieran Doyle, 24, of Colchester, targeted people walking alone late at night over \
							a three-week period, taking phones, bank cards and cash. In one robbery he held a \
							knife to a student's throat.

							Detectives identified him through CCTV and by tracing the use of a stolen bank \
							card. When officers searched his flat they found a knife and clothing matching that \
							worn by the robber.

							Doyle admitted four counts of robbery and one of possessing a bladed article in a \
							public place. He was sentenced at Chelmsford Crown Court on %s.

							## "He left his victims frightened to go out"

							Detective Constable Ben Harte, who led the investigation, said:

							> "Doyle's victims were simply making their way home. He left several of them \
							frightened to go out after dark.
							>
							> "I hope this sentence gives them some reassurance, and I want to thank them for \
							the courage they showed in supporting our investigation."
							""".formatted(day(sentenced)), null, on(sentenced, 16, 10), "Colchester");
			LocalDate court = this.today.minusDays(96);
			release("court-result", "Driver jailed for causing serious injury to cyclist in Leigh",
					"A driver who overtook on a blind bend and hit a cyclist has been jailed for 16 months and "
							+ "banned from driving for three years.",
					"""
							A driver who hit a cyclist while overtaking on a blind bend in Leigh has been jailed.

							Lewis Carver, 33, of Benfleet, was travelling well above the 30mph limit when he \
							pulled out to pass a line of traffic and collided with a cyclist coming the other \
							way. The cyclist, a woman in her 50s, suffered a broken pelvis and leg and spent \
							six weeks in hospital.

							Carver admitted causing serious injury by dangerous driving. On %s he was jailed \
							for 16 months at Basildon Crown Court and banned from driving for three years. He \
							must pass an extended test before he can drive again.

							Inspector Rachel Dunmore, of the Roads Policing Unit, said:

							> "This collision was caused by impatience. A few seconds saved was never worth the \
							months of pain and recovery the victim has been through.
							>
							> "Please give cyclists room, and never overtake where you cannot see what is \
							coming."
							""".formatted(day(court)), null, on(court, 15, 30), "Leigh", "Benfleet");
		}

		private void adviceAndCommunity() {
			release("crime-prevention", "Catalytic converter thefts: how to protect your vehicle",
					"Following a rise in catalytic converter thefts in Billericay and Brentwood, officers are sharing "
							+ "simple steps owners can take.",
					"""
							We have seen a rise in thefts of catalytic converters from vehicles parked on \
							driveways and in car parks in Billericay and Brentwood over the past month.

							Thieves can cut a converter from underneath a car in under two minutes. Hybrid cars \
							and vans with high ground clearance are most often targeted, because the parts are \
							valuable and easy to reach.

							## Protect your vehicle

							- park in a garage if you have one, or close to a wall or fence so the exhaust is \
							harder to reach
							- park in well-lit areas, and in view of CCTV where you can
							- fit a tamper alarm or a protective cage approved by your vehicle's manufacturer
							- mark the converter with a forensic marking kit so it can be traced

							Sergeant Kelly Marsh, of the Brentwood neighbourhood team, said:

							> "If you hear the sound of power tools late at night near parked cars, please \
							call 999 straight away. A fast call gives us the best chance of catching the \
							people responsible."

							If your converter has been stolen, report it online or by calling 101.
							""", null, on(this.today.minusDays(26), 12, 0), "Billericay", "Brentwood");
			release("crime-prevention", "Courier fraud warning after older residents targeted in Leigh and Benfleet",
					"Fraudsters pretending to be police officers have tried to persuade older people to hand over cash "
							+ "and bank cards. Police will never ask you to do this.",
					"""
							We are warning residents about courier fraud after several older people in Leigh and \
							Benfleet received calls from criminals claiming to be police officers.

							The callers say they are investigating fraud at the victim's bank and ask them to \
							help by withdrawing cash, or handing over bank cards and PINs, which a "courier" \
							then collects from their home. In two cases this month, victims lost more than \
							£9,000 between them.

							## Remember

							- police officers and banks will never ask you to withdraw money or hand over cards
							- never tell anyone your PIN, however official they sound
							- if you get a call like this, hang up, wait five minutes or use a different phone, \
							then call 101 or your bank on the number printed on your card

							Detective Inspector Priya Lal, of the Economic Crime Unit, said:

							> "These criminals are convincing and deliberately target older people. Please talk \
							to elderly relatives and neighbours about this, so that they know what to do if \
							the phone rings."

							If you think you have been targeted, call 101 or report it to Action Fraud.
							""", null, on(this.today.minusDays(15), 10, 30), "Leigh", "Benfleet");
			release("community", "New neighbourhood team for Canvey Island",
					"A dedicated team of officers and PCSOs is now working on Canvey Island, with regular street "
							+ "surgeries so residents can raise concerns face to face.",
					"""
							Canvey Island now has its own neighbourhood policing team, made up of a sergeant, \
							three constables and four police community support officers.

							The team will focus on the issues residents tell us matter most, including \
							anti-social behaviour, speeding and off-road bikes.

							## Meet the team

							Officers will hold a street surgery every fortnight at locations around the island, \
							where anyone can drop in to raise a concern or simply say hello. Dates will be \
							posted on our social media channels.

							Sergeant Kelly Marsh, who leads the team, said:

							> "We want to be officers people recognise and feel able to talk to. The more you \
							tell us, the better we can focus our patrols where they are needed."
							""", null, on(this.today.minusDays(45), 9, 0), "Canvey Island");
			release("news", "Thirty-six new officers join the force after passing-out parade",
					"Thirty-six student officers have completed their initial training and will start work with "
							+ "response teams across the county next week.",
					"""
							Thirty-six new police constables were welcomed into the force at a passing-out \
							parade in Chelmsford, attended by their families and friends.

							The officers have completed their initial training and will now join response teams \
							across the county, where they will continue learning alongside experienced \
							colleagues.

							Among them are a former nurse, a paramedic, two army veterans and a primary school \
							teacher.

							Chief Superintendent Helen Adeyemi said:

							> "Every one of these officers has chosen a demanding job because they want to help \
							people. I am proud to welcome them, and I know they will serve our communities \
							well."

							Find out about joining us on our careers pages.
							""", null, on(this.today.minusDays(72), 13, 0), "Chelmsford");
			release("community", "Benfleet police station front counter to open on Saturday mornings",
					"From next month, the front counter at Benfleet police station will also be open on Saturdays "
							+ "from 9am to 1pm, after residents asked for weekend opening.",
					"""
							The front counter at Benfleet police station will open on Saturday mornings from \
							next month, following feedback from local residents.

							The counter will be open from 9am to 1pm on Saturdays, in addition to its usual \
							weekday hours. Staff can take reports of crime, accept found property and help with \
							general enquiries.

							Residents told us at community meetings that they found it hard to visit during \
							the working week.

							You can still report most crimes online at any time, or by calling 101. In an \
							emergency, always call 999.
							""", null, on(this.today.minusDays(160), 9, 30), "Benfleet");
		}

		private void drafts() {
			draft("crime-prevention", "Free cyber safety drop-in sessions for Brentwood residents",
					"Officers will be at Brentwood library to help residents protect their phones, email and social "
							+ "media accounts from scammers.",
					"""
							Our cyber crime officers will be holding free drop-in sessions at Brentwood library.

							Bring your phone, tablet or laptop and officers will help you:

							- set up strong passwords and two-step verification
							- recognise scam texts and emails
							- check your social media privacy settings

							No booking is needed.
							""", null, "Brentwood");
		}

		private void area(String name, Area.Kind kind) {
			this.places.put(name, DemoContent.this.areas.save(new Area(Slugs.from(name), name, kind)));
		}

		private Set<Area> places(String... names) {
			Set<Area> found = new LinkedHashSet<>();
			for (String name : names) {
				Area area = this.places.get(name);
				if (area == null) {
					throw new IllegalStateException("No demo area called " + name);
				}
				found.add(area);
			}
			return found;
		}

		private Operation operation(String name, String codeName, String unit, LocalDate start, LocalDate end,
				String summary, List<TallyLine> results, Set<Area> covered) {
			Operation operation = new Operation(Slugs.from(name), name, codeName, unit, start, end, summary,
					clockAt(on(start, 9, 0)));
			operation.coverAreas(covered);
			operation.recordResults(results, clockAt(on(end.plusDays(2), 17, 0)));
			operation.recordAsPublished(clockAt(on(end.plusDays(2), 17, 0)));
			this.operationCount++;
			return DemoContent.this.operations.save(operation);
		}

		private Release release(String category, String title, String summary, String body, Operation about,
				Instant published, String... areaNames) {
			Release release = Release.draft(Slugs.from(title),
					content(category, title, summary, body, about, areaNames), clockAt(published.minus(WRITING_TIME)));
			release.recordAsPublished(clockAt(published));
			this.publishedCount++;
			return DemoContent.this.releases.save(release);
		}

		private void draft(String category, String title, String summary, String body, Operation about,
				String... areaNames) {
			// Drafts belong to the demo writer, and the first awaits review, so that the
			// press office's dashboard has something in each list.
			Long writer = DemoContent.this.accounts.findByEmail(DemoAccounts.WRITER_EMAIL)
				.map(Account::getId)
				.orElse(null);
			Release release = Release.draft(Slugs.from(title),
					content(category, title, summary, body, about, areaNames), writer, DemoContent.this.clock);
			if (writer != null && this.draftCount == 0) {
				release.submit(Actor.writer(writer), DemoContent.this.clock);
			}
			this.draftCount++;
			DemoContent.this.releases.save(release);
		}

		private Release.Content content(String category, String title, String summary, String body, Operation about,
				String... areaNames) {
			return new Release.Content(title, summary, body, category(category), places(areaNames),
					(about != null) ? about.getId() : null);
		}

		private Category category(String slug) {
			return this.categoriesBySlug.computeIfAbsent(slug, (key) -> DemoContent.this.categories.findBySlug(key)
				.orElseThrow(() -> new IllegalStateException("No category called " + key)));
		}

		private LocalDate monday(LocalDate date) {
			return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		}

	}

}
