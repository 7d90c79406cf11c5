package dev.bosun.advertising;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.bosun.BosunApplication;
import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.security.SignedInUser;
import dev.bosun.advertising.db.SearchTermLineSummaries;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.platform.cli.ContextLauncher;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.reports.AdReportColumns;
import dev.bosun.testing.Fixtures;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Advertising at agency size (issue 8): 90 days × 200,000 search-term rows a day (18 million) in one US seller
 * account, with the targeting, campaign and advertised product reports and the bulk-sheet structure that add up to
 * them. Run by hand with {@code bench/run-ads-benchmark.sh}; prints figures, asserts nothing about time.
 *
 * <p>The shape: 500 campaigns (a quarter automatic, the rest broad, phrase and exact keyword campaigns), five ad groups
 * each advertising one to three of 1,500 ASINs, 15,000 keywords and the four automatic targets of each automatic ad
 * group. A day's rows are about 130,000 drawn from 500,000 recurring (target, term) pairs, each seen on a day with a
 * chance falling with its rank (the first ten thousand daily, the last a few times in 90 days), with clicks falling
 * with the rank too (Zipf-like, one click at the end of the tail), a third of them never converting; and the rest
 * of the 200,000 long-tail terms seen once, converting at 4 %. Every search-term row has at least one click, as in
 * Amazon's report.
 *
 * <p>Loading: the first day goes through Bosun's importer as the four console CSV downloads (search term, targeting,
 * campaign, advertised product), which proves the format and measures the importer; the other 89 days are the same
 * rows written with PostgreSQL {@code COPY} into the same tables (the importer would take hours), the search-term
 * table's indexes dropped during the copy and built again after. The bulk-sheet structure is copied too. The
 * application runs on the embedded database in {@code BOSUN_DATA_DIR} (/tmp/ads-bench/data), which keeps the account
 * for the next run.
 *
 * <p>System properties: {@code bench.phase} {@code load}, {@code measure} or {@code all} (default); {@code bench.rows}
 * search-term rows a day (default 200,000); {@code bench.days} (default 90); {@code bench.rounds} timing rounds.
 */
@Tag("bench")
class AdsBenchmark {

    static final String ACCOUNT = "Ads bench agency";
    /** The last day with figures; fixed so that a loaded account means the same on every later run. */
    static final LocalDate LAST = LocalDate.of(2026, 11, 24);

    static final int CAMPAIGNS = 500;
    static final int GROUPS_PER_CAMPAIGN = 5;
    static final int KEYWORDS_PER_GROUP = 8;
    static final int ASINS = 1500;
    static final int POOL = 500_000;
    static final String[] AUTO_TARGETS = {"close-match", "loose-match", "substitutes", "complements"};
    static final String[] MATCHES = {"", "BROAD", "PHRASE", "EXACT"};

    private final String phase = System.getProperty("bench.phase", "all");
    private final int rowsPerDay = Integer.getInteger("bench.rows", 200_000);
    private final int days = Integer.getInteger("bench.days", 90);
    private final int rounds = Integer.getInteger("bench.rounds", 3);
    private final int metricRounds = Integer.getInteger("bench.metricRounds", 1);
    private final Path dir = Path.of(System.getProperty("bench.dir", "/tmp/ads-bench"));

    @Test
    void advertisingOfAnAgencySizedAccount() throws Exception {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("server.port", 0);
        props.put("jobrunr.background-job-server.enabled", false);
        props.put("logging.level.root", "WARN");
        try (ConfigurableApplicationContext context =
                new ContextLauncher(BosunApplication.class).startServer(props, new String[0])) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            SellerAccount account = account(context.getBean(AccountDirectory.class));
            if (phase.equals("daily")) {
                daily(context, jdbc, account);
                return;
            }
            if (!phase.equals("measure")) {
                load(context, jdbc, account);
            }
            catchUp(context, "before measuring", account);
            if (!phase.equals("load")) {
                measure(context, jdbc, account);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ the account

    /** Campaigns, ad groups, targets, ASINs and the recurring (target, term) pairs, all from one seed. */
    static final class Shape {
        final String[] campaignName = new String[CAMPAIGNS];
        final String[] campaignId = new String[CAMPAIGNS];
        final String[] portfolio = new String[CAMPAIGNS];
        final int[] budgetCents = new int[CAMPAIGNS];
        final int groups = CAMPAIGNS * GROUPS_PER_CAMPAIGN;
        final String[] groupName = new String[groups];
        final String[] groupId = new String[groups];
        final int[][] groupAsins = new int[groups][];
        final int[] groupBidCents = new int[groups];
        final String[] asin = new String[ASINS];
        final int[] priceCents = new int[ASINS];
        // targets: keywords of manual groups and the automatic targets of automatic groups
        final List<Integer> targetGroup = new ArrayList<>();
        final List<String> targetText = new ArrayList<>();
        final List<String> targetId = new ArrayList<>();
        final List<Integer> targetBidCents = new ArrayList<>();
        int[] poolTarget;
        int[] poolTerm;
        float[] poolChance;
        float[] poolClicks;
        short[] poolCpcCents;
        float[] poolConversion;

        Shape() {
            SplittableRandom r = new SplittableRandom(8);
            for (int a = 0; a < ASINS; a++) {
                asin[a] = String.format(Locale.ROOT, "B0BN%06d", a);
                priceCents[a] = 1299 + r.nextInt(6700);
            }
            for (int c = 0; c < CAMPAIGNS; c++) {
                int kind = c % 4;
                String product = Words.NOUNS[c % Words.NOUNS.length] + " " + (c / 4 + 1);
                campaignName[c] = "Brand " + (c % 37) + " " + product + " | SP | "
                        + (kind == 0 ? "Auto" : kind == 1 ? "Broad" : kind == 2 ? "Phrase" : "Exact");
                campaignId[c] = String.valueOf(300_000_000_000_000L + c);
                portfolio[c] = "Portfolio " + (c % 20);
                budgetCents[c] = 2000 + r.nextInt(18000);
                for (int g = 0; g < GROUPS_PER_CAMPAIGN; g++) {
                    int group = c * GROUPS_PER_CAMPAIGN + g;
                    groupName[group] = kind == 0 ? "Auto " + (g + 1) : "Ad group " + (g + 1);
                    groupId[group] = String.valueOf(400_000_000_000_000L + group);
                    int n = 1 + (r.nextInt(10) < 7 ? 0 : r.nextInt(3));
                    groupAsins[group] = new int[n];
                    for (int i = 0; i < n; i++) {
                        groupAsins[group][i] = r.nextInt(ASINS);
                    }
                    groupBidCents[group] = 40 + r.nextInt(160);
                    if (kind == 0) {
                        for (String auto : AUTO_TARGETS) {
                            addTarget(group, auto, groupBidCents[group]);
                        }
                    } else {
                        for (int k = 0; k < KEYWORDS_PER_GROUP; k++) {
                            addTarget(group, Words.phrase(c * 97L + g * 13L + k * 7919L), 40 + r.nextInt(200));
                        }
                    }
                }
            }
            int targets = targetGroup.size();
            poolTarget = new int[POOL];
            poolTerm = new int[POOL];
            poolChance = new float[POOL];
            poolClicks = new float[POOL];
            poolCpcCents = new short[POOL];
            poolConversion = new float[POOL];
            // The same term under up to three targets (an automatic target and keywords of other campaigns).
            for (int k = 0; k < POOL; k++) {
                poolTerm[k] = k / 3;
                int base = (int) Math.floorMod(mix(k / 3), targets);
                poolTarget[k] = (base + (k % 3) * 5003) % targets;
                double rank = k + 1;
                poolClicks[k] = (float) (1 + 30 / Math.sqrt(rank / 20));
                poolCpcCents[k] = (short) (35 + r.nextInt(215));
                poolConversion[k] = r.nextInt(3) == 0 ? 0 : (float) (0.03 + r.nextDouble() * 0.22);
            }
            // Chance to be seen on a day: min(1, a·rank^-0.6), a so that about 130,000 are seen a day.
            double lo = 1;
            double hi = 10_000;
            for (int i = 0; i < 60; i++) {
                double a = (lo + hi) / 2;
                double sum = 0;
                for (int k = 0; k < POOL; k++) {
                    sum += Math.min(1, a * Math.pow(k + 1, -0.6));
                }
                if (sum < 130_000) {
                    lo = a;
                } else {
                    hi = a;
                }
            }
            for (int k = 0; k < POOL; k++) {
                poolChance[k] = (float) Math.min(1, lo * Math.pow(k + 1, -0.6));
            }
        }

        private void addTarget(int group, String text, int bidCents) {
            targetGroup.add(group);
            targetText.add(text);
            targetId.add(String.valueOf(500_000_000_000_000L + targetId.size()));
            targetBidCents.add(bidCents);
        }

        int campaignOf(int target) {
            return targetGroup.get(target) / GROUPS_PER_CAMPAIGN;
        }

        String match(int target) {
            return MATCHES[campaignOf(target) % 4];
        }

        static long mix(long x) {
            x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
            x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
            return x ^ (x >>> 33);
        }
    }

    /** Words of search terms: modifier, product noun and qualifier make about half a million distinct phrases. */
    static final class Words {
        static final String[] MODIFIERS = {
            "bamboo",
            "wooden",
            "large",
            "small",
            "extra large",
            "organic",
            "stainless steel",
            "plastic",
            "glass",
            "ceramic",
            "non slip",
            "heavy duty",
            "kids",
            "professional",
            "portable",
            "foldable",
            "waterproof",
            "reusable",
            "eco friendly",
            "premium",
            "cheap",
            "best",
            "black",
            "white",
            "grey",
            "blue",
            "red",
            "green",
            "pink",
            "natural",
            "round",
            "square",
            "thick",
            "thin",
            "long",
            "mini",
            "cordless",
            "electric",
            "manual",
            "vintage",
            "modern",
            "rustic",
            "magnetic",
            "adjustable",
            "stackable",
            "washable",
            "soft",
            "hard",
            "double",
            "triple",
            "gift",
            "travel",
            "outdoor",
            "indoor",
            "kitchen",
            "bathroom",
            "office",
            "garden",
            "camping",
            "baby"
        };
        static final String[] NOUNS = {
            "cutting board",
            "knife set",
            "spice rack",
            "dish rack",
            "cutlery tray",
            "water bottle",
            "lunch box",
            "storage box",
            "shoe rack",
            "towel rail",
            "soap dispenser",
            "shower caddy",
            "desk organizer",
            "phone stand",
            "laptop stand",
            "cable organizer",
            "charging cable",
            "usb c hub",
            "mouse pad",
            "keyboard",
            "headphone stand",
            "yoga mat",
            "resistance bands",
            "dumbbells",
            "jump rope",
            "dog bowl",
            "cat tree",
            "dog leash",
            "pet brush",
            "bird feeder",
            "plant pot",
            "garden hose",
            "watering can",
            "pruning shears",
            "tent stakes",
            "sleeping bag",
            "camping lantern",
            "cooler bag",
            "backpack",
            "tote bag",
            "wallet",
            "sunglasses case",
            "jewelry box",
            "makeup bag",
            "hair brush",
            "toothbrush holder",
            "bath mat",
            "shower curtain",
            "pillow case",
            "duvet cover",
            "blanket",
            "candle holder",
            "picture frame",
            "wall clock",
            "coat hanger",
            "laundry basket",
            "ironing board",
            "mop",
            "broom",
            "trash can",
            "coffee grinder",
            "tea kettle",
            "french press",
            "mixing bowl",
            "baking sheet",
            "rolling pin",
            "measuring cups",
            "salad spinner",
            "can opener",
            "pepper mill",
            "ice cube tray",
            "wine rack",
            "bottle opener",
            "apron",
            "oven mitts",
            "trivet",
            "placemats",
            "napkin holder",
            "bread box",
            "cake stand"
        };
        static final String[] QUALIFIERS = {
            "",
            "set",
            "for kitchen",
            "for kids",
            "for men",
            "for women",
            "with lid",
            "with handle",
            "2 pack",
            "3 pack",
            "4 pack",
            "6 pack",
            "12 inch",
            "16 inch",
            "18x12",
            "24 oz",
            "32 oz",
            "1 liter",
            "xl",
            "xxl",
            "dishwasher safe",
            "bpa free",
            "gift set",
            "for home",
            "for office",
            "for travel",
            "for camping",
            "for dogs",
            "for cats",
            "amazon basics",
            "under 20",
            "under 50",
            "on sale",
            "near me",
            "prime",
            "replacement",
            "refill",
            "organizer",
            "holder",
            "stand",
            "case",
            "cover",
            "kit",
            "bundle",
            "with stand",
            "wall mounted",
            "over the door",
            "under sink",
            "counter top",
            "heavy",
            "lightweight",
            "2024",
            "2025",
            "2026",
            "christmas",
            "birthday",
            "wedding",
            "mothers day",
            "fathers day",
            "housewarming",
            "dorm",
            "apartment",
            "rv",
            "boat",
            "car",
            "bike",
            "gym",
            "school",
            "college",
            "teacher gift",
            "nurse",
            "chef",
            "bbq",
            "grill",
            "picnic",
            "beach",
            "pool",
            "spa",
            "hotel",
            "restaurant",
            "commercial",
            "industrial",
            "set of 2",
            "set of 4",
            "set of 6",
            "large capacity",
            "compact",
            "slim",
            "tall",
            "wide",
            "deep",
            "shallow",
            "cute",
            "funny",
            "personalized",
            "engraved",
            "monogram",
            "custom"
        };

        static String phrase(long n) {
            long m = Math.floorMod(n, (long) MODIFIERS.length * NOUNS.length * QUALIFIERS.length);
            String modifier = MODIFIERS[(int) (m % MODIFIERS.length)];
            m /= MODIFIERS.length;
            String noun = NOUNS[(int) (m % NOUNS.length)];
            m /= NOUNS.length;
            String qualifier = QUALIFIERS[(int) m];
            return qualifier.isEmpty() ? modifier + " " + noun : modifier + " " + noun + " " + qualifier;
        }

        /** A term seen once: a phrase with a model number or size no one searches for again. */
        static String tail(SplittableRandom r, int day, int i) {
            return phrase(r.nextLong(1_000_000)) + " "
                    + QUALIFIERS[1 + r.nextInt(QUALIFIERS.length - 1)] + " "
                    + Long.toString(day * 1_000_000L + i, 36);
        }
    }

    /** One day's figures of all levels, in cents and counts. */
    static final class Day {
        final LocalDate date;
        final List<long[]> terms = new ArrayList<>(); // target, term key (pool index or -1-tail index), figures…
        final List<String> tailTerms = new ArrayList<>();
        final long[][] byTarget;
        final long[][] byCampaign = new long[CAMPAIGNS][6];
        final long[][] byGroupAsin;

        Day(Shape shape, LocalDate date, int dayIndex, int rows) {
            this.date = date;
            byTarget = new long[shape.targetGroup.size()][6];
            byGroupAsin = new long[shape.groups * 3][6];
            SplittableRandom r = new SplittableRandom(1_000_003L * dayIndex + 17);
            for (int k = 0; k < POOL && terms.size() < rows; k++) {
                if (r.nextDouble() < shape.poolChance[k]) {
                    int clicks = clicks(r, shape.poolClicks[k]);
                    add(shape, r, shape.poolTarget[k], k, clicks, shape.poolCpcCents[k], shape.poolConversion[k]);
                }
            }
            int targets = shape.targetGroup.size();
            for (int i = 0; terms.size() < rows; i++) {
                tailTerms.add(Words.tail(r, dayIndex, i));
                add(shape, r, r.nextInt(targets), -1 - i, 1 + (r.nextInt(5) == 0 ? 1 : 0), 35 + r.nextInt(215), 0.04);
            }
        }

        private static int clicks(SplittableRandom r, double mean) {
            // 1 + exponential with the rest of the mean: most rows one or two clicks, the head dozens
            return 1 + (int) Math.floor(-(mean - 1) * Math.log(1 - r.nextDouble()));
        }

        private void add(
                Shape shape, SplittableRandom r, int target, long key, int clicks, int cpc, double conversion) {
            int group = shape.targetGroup.get(target);
            long impressions = clicks * (40L + r.nextInt(360));
            long spend = Math.max(1, Math.round(clicks * cpc * (0.8 + r.nextDouble() * 0.4)));
            long orders = 0;
            for (int c = 0; c < clicks; c++) {
                if (r.nextDouble() < conversion) {
                    orders++;
                }
            }
            long units = orders + (orders > 0 && r.nextInt(6) == 0 ? 1 : 0);
            int asin = shape.groupAsins[group][0];
            long sales = units * shape.priceCents[asin];
            long[] row = {target, key, impressions, clicks, spend, sales, orders, units};
            terms.add(row);
            long[] figures = Arrays.copyOfRange(row, 2, 8);
            addTo(byTarget[target], figures);
            addTo(byCampaign[group / GROUPS_PER_CAMPAIGN], figures);
            // the ad group's ASINs share its figures; the first takes what does not divide
            int n = shape.groupAsins[group].length;
            for (int i = 0; i < n; i++) {
                long[] share = new long[6];
                for (int f = 0; f < 6; f++) {
                    share[f] = figures[f] / n + (i == 0 ? figures[f] % n : 0);
                }
                addTo(byGroupAsin[group * 3 + i], share);
            }
        }

        private static void addTo(long[] sum, long[] figures) {
            for (int i = 0; i < 6; i++) {
                sum[i] += figures[i];
            }
        }

        String term(Shape shape, long key) {
            // 7919 is prime to the number of phrases, so distinct pairs get distinct phrases in a scattered order
            return key >= 0 ? Words.phrase(shape.poolTerm[(int) key] * 7919L) : tailTerms.get((int) (-1 - key));
        }
    }

    // ------------------------------------------------------------------------------------------------ loading

    private void load(ConfigurableApplicationContext context, JdbcTemplate jdbc, SellerAccount account)
            throws Exception {
        Long loaded = jdbc.queryForObject(
                "select count(*) from ad_search_term_metrics where account_id = ?", Long.class, account.id());
        if (loaded != null && loaded > 0) {
            say("bench: account %d already holds %,d search-term rows; load skipped%n", account.id(), loaded);
            return;
        }
        long start = System.nanoTime();
        Shape shape = new Shape();
        say(
                "bench: shape of %d campaigns, %d ad groups, %,d targets, %,d recurring pairs in %,d ms%n",
                CAMPAIGNS, shape.groups, shape.targetGroup.size(), POOL, millis(start));
        LocalDate first = LAST.minusDays(days - 1L);
        DataSource data = context.getBean(DataSource.class);
        copyStructure(data, shape, account.id());
        // The first day through the importer, as the console's CSV downloads.
        Day day = new Day(shape, first, 0, rowsPerDay);
        importDay(context, account, shape, day, dir.resolve("files"), "importer");
        // The other days with COPY, the search-term table's indexes dropped meanwhile.
        long t = System.nanoTime();
        Cpu before = Cpu.now();
        List<String> restore = dropIndexes(jdbc, "ad_search_term_metrics");
        long terms = 0;
        try (Connection connection = data.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (int d = 1; d < days; d++) {
                day = new Day(shape, first.plusDays(d), d, rowsPerDay);
                terms += copyDay(pg, shape, day, account.id());
                if (d % 10 == 0) {
                    say("bench: copied %d days, %,d search-term rows, %,d ms%n", d, terms, millis(t));
                }
            }
        }
        long copied = millis(t);
        long t2 = System.nanoTime();
        for (String statement : restore) {
            jdbc.execute("set maintenance_work_mem = '1GB'");
            jdbc.execute(statement);
        }
        jdbc.execute("analyze ad_search_term_metrics");
        jdbc.execute("analyze ad_target_metrics");
        jdbc.execute("analyze ad_campaign_metrics");
        jdbc.execute("analyze ad_product_metrics");
        Cpu used = Cpu.now().minus(before);
        say(
                "bench: COPY of %d days: %,d search-term rows (and the other reports) in %,d ms, indexes %,d ms;"
                        + " CPU %,d ms Java + %,d ms PostgreSQL; load %.2f%n",
                days - 1, terms, copied, millis(t2), used.javaMillis(), used.postgresMillis(), load());
        catchUp(context, "after the load", account);
        say("bench: total load %,d ms; %s%n", millis(start), sizes(jdbc));
    }

    /** One day's four console downloads through Bosun's importer, each timed. */
    private void importDay(
            ConfigurableApplicationContext context,
            SellerAccount account,
            Shape shape,
            Day day,
            Path folder,
            String what)
            throws IOException {
        Files.createDirectories(folder);
        ReportImports imports = context.getBean(ReportImports.class);
        for (Map.Entry<String, Path> file :
                writeConsoleFiles(shape, day, folder).entrySet()) {
            long t = System.nanoTime();
            Cpu before = Cpu.now();
            long rows = 0;
            for (ImportResult result : imports.importFile(
                    account.id(),
                    file.getValue(),
                    file.getValue().getFileName().toString(),
                    new ImportOptions(false, Marketplace.US, null, null, "ads-bench"))) {
                rows += result.inserted() + result.updated() + result.unchanged();
            }
            long took = millis(t);
            Cpu used = Cpu.now().minus(before);
            say(
                    "bench: %s, %s of %s: %,d rows in %,d ms (%,.0f rows/s); CPU %,d ms Java + %,d ms PostgreSQL;"
                            + " load %.2f%n",
                    what,
                    file.getKey(),
                    day.date,
                    rows,
                    took,
                    rows * 1000.0 / Math.max(1, took),
                    used.javaMillis(),
                    used.postgresMillis(),
                    load());
        }
    }

    /**
     * The search-term lines summed after rows were written (V312), as the job does after an import; timed. Nothing
     * happens when the lines are current.
     */
    private void catchUp(ConfigurableApplicationContext context, String when, SellerAccount account) {
        long t = System.nanoTime();
        Cpu before = Cpu.now();
        long pairs = context.getBean(SearchTermLineSummaries.class).catchUp(account.id());
        Cpu used = Cpu.now().minus(before);
        if (pairs > 0) {
            say(
                    "bench: search-term lines caught up %s: %,d line days in %,d ms; CPU %,d ms Java + %,d ms"
                            + " PostgreSQL; load %.2f%n",
                    when, pairs, millis(t), used.javaMillis(), used.postgresMillis(), load());
        }
    }

    /**
     * A day's import on the loaded account, as the operator's daily routine does it: the four console downloads of
     * the day after the last (200,000 search-term rows) through the importer, then the search-term lines caught up;
     * then that day removed again (a batch deleted) and caught up, which leaves the account as it was.
     */
    private void daily(ConfigurableApplicationContext context, JdbcTemplate jdbc, SellerAccount account)
            throws Exception {
        catchUp(context, "before the daily import", account);
        Shape shape = new Shape();
        LocalDate next = LAST.plusDays(1);
        Day day = new Day(shape, next, days, rowsPerDay);
        importDay(context, account, shape, day, dir.resolve("daily"), "daily importer");
        catchUp(context, "after the daily import", account);
        long t = System.nanoTime();
        int removed = 0;
        for (String table :
                List.of("ad_search_term_metrics", "ad_target_metrics", "ad_campaign_metrics", "ad_product_metrics")) {
            removed += jdbc.update(
                    "delete from " + table + " where account_id = ? and period_start = ?", account.id(), next);
        }
        say("bench: the day removed again: %,d rows in %,d ms%n", removed, millis(t));
        catchUp(context, "after the removal", account);
    }

    private static List<String> dropIndexes(JdbcTemplate jdbc, String table) {
        List<String> restore = new ArrayList<>();
        for (Map<String, Object> c : jdbc.queryForList(
                "select conname, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = ?::regclass"
                        + " and contype = 'p'",
                table)) {
            restore.add("alter table " + table + " add constraint " + c.get("conname") + " " + c.get("def"));
            jdbc.execute("alter table " + table + " drop constraint " + c.get("conname"));
        }
        for (Map<String, Object> i :
                jdbc.queryForList("select indexname, indexdef from pg_indexes where tablename = ?", table)) {
            restore.add((String) i.get("indexdef"));
            jdbc.execute("drop index " + i.get("indexname"));
        }
        return restore;
    }

    private static String sizes(JdbcTemplate jdbc) {
        List<String> parts = new ArrayList<>();
        for (String t :
                List.of("ad_search_term_metrics", "ad_target_metrics", "ad_campaign_metrics", "ad_product_metrics")) {
            parts.add(t + " "
                    + jdbc.queryForObject(
                            "select pg_size_pretty(pg_total_relation_size(?::regclass))", String.class, t));
        }
        return String.join(", ", parts);
    }

    /** The bulk sheet's campaigns, ad groups, keywords, product ads and automatic targets, plus some negatives. */
    private static void copyStructure(DataSource data, Shape s, long account) throws Exception {
        try (Connection connection = data.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < CAMPAIGNS; c++) {
                row(
                        b,
                        account,
                        s.campaignId[c],
                        "SP",
                        "US",
                        s.campaignName[c],
                        null,
                        "ENABLED",
                        c % 4 == 0 ? "AUTO" : "MANUAL",
                        cents(s.budgetCents[c]),
                        "USD",
                        "Dynamic bids - down only",
                        LAST.minusDays(400),
                        null,
                        -1);
            }
            copy(pg, "ad_campaigns", b);
            for (int g = 0; g < s.groups; g++) {
                row(
                        b,
                        account,
                        s.groupId[g],
                        s.campaignId[g / GROUPS_PER_CAMPAIGN],
                        s.groupName[g],
                        "ENABLED",
                        cents(s.groupBidCents[g]),
                        "USD",
                        -1);
            }
            copy(pg, "ad_groups", b);
            int ads = 0;
            for (int g = 0; g < s.groups; g++) {
                for (int a : s.groupAsins[g]) {
                    row(
                            b,
                            account,
                            String.valueOf(600_000_000_000_000L + ads++),
                            s.campaignId[g / GROUPS_PER_CAMPAIGN],
                            s.groupId[g],
                            "SKU-" + s.asin[a],
                            s.asin[a],
                            "ENABLED",
                            -1);
                }
            }
            copy(pg, "ad_product_ads", b);
            int negatives = 0;
            for (int t = 0; t < s.targetGroup.size(); t++) {
                int g = s.targetGroup.get(t);
                String campaign = s.campaignId[g / GROUPS_PER_CAMPAIGN];
                String match = s.match(t);
                if (match.isEmpty()) {
                    continue;
                }
                row(
                        b,
                        account,
                        s.targetId.get(t),
                        campaign,
                        s.groupId[g],
                        s.targetText.get(t),
                        match,
                        false,
                        "ENABLED",
                        cents(s.targetBidCents.get(t)),
                        "USD",
                        -1);
                if (t % 50 == 0) {
                    // a few campaign-level negatives, as an account that has been tended a little
                    row(
                            b,
                            account,
                            String.valueOf(700_000_000_000_000L + negatives++),
                            campaign,
                            null,
                            s.targetText.get(t) + " free",
                            "NEGATIVE_EXACT",
                            true,
                            "ENABLED",
                            null,
                            "USD",
                            -1);
                }
            }
            copy(pg, "ad_keywords", b);
            for (int t = 0; t < s.targetGroup.size(); t++) {
                if (!s.match(t).isEmpty()) {
                    continue;
                }
                int g = s.targetGroup.get(t);
                row(
                        b,
                        account,
                        s.targetId.get(t),
                        s.campaignId[g / GROUPS_PER_CAMPAIGN],
                        s.groupId[g],
                        s.targetText.get(t),
                        s.targetText.get(t),
                        false,
                        "ENABLED",
                        cents(s.targetBidCents.get(t)),
                        "USD",
                        -1);
            }
            copy(pg, "ad_targets", b);
        }
    }

    /** Copies one day of all four reports; returns the search-term rows. */
    private static long copyDay(PGConnection pg, Shape s, Day day, long account) throws Exception {
        StringBuilder b = new StringBuilder(1 << 24);
        String date = day.date.toString();
        CopyIn copy = pg.getCopyAPI()
                .copyIn("copy ad_search_term_metrics (account_id, marketplace, ad_product,"
                        + " period_start, period_end, campaign_name, ad_group_name, targeting, match_type, search_term,"
                        + " campaign_id, ad_group_id, keyword_id, portfolio, currency, attribution_days, impressions, clicks,"
                        + " spend, sales, orders, units, advertised_sales, advertised_units, other_sales, other_units,"
                        + " batch_id) from stdin");
        try {
            int n = 0;
            for (long[] t : day.terms) {
                int target = (int) t[0];
                int c = s.campaignOf(target);
                int g = s.targetGroup.get(target);
                row(
                        b,
                        account,
                        "US",
                        "SP",
                        date,
                        date,
                        s.campaignName[c],
                        s.groupName[g],
                        s.targetText.get(target),
                        s.match(target),
                        day.term(s, t[1]),
                        null,
                        null,
                        null,
                        s.portfolio[c],
                        "USD",
                        7);
                figures(b, Arrays.copyOfRange(t, 2, 8));
                if (++n % 20_000 == 0) {
                    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    b.setLength(0);
                }
            }
            byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            b.setLength(0);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        for (int target = 0; target < day.byTarget.length; target++) {
            long[] f = day.byTarget[target];
            if (f[1] == 0) {
                continue;
            }
            int c = s.campaignOf(target);
            int g = s.targetGroup.get(target);
            row(
                    b,
                    account,
                    "US",
                    "SP",
                    date,
                    date,
                    s.campaignName[c],
                    s.groupName[g],
                    s.targetText.get(target),
                    s.match(target),
                    null,
                    null,
                    null,
                    s.portfolio[c],
                    null,
                    "USD",
                    7);
            figures(b, f);
        }
        copy(
                pg,
                "ad_target_metrics (account_id, marketplace, ad_product, period_start, period_end, campaign_name,"
                        + " ad_group_name, targeting, match_type, campaign_id, ad_group_id, keyword_id, portfolio,"
                        + " top_of_search_share, currency, attribution_days, impressions, clicks, spend, sales, orders, units,"
                        + " advertised_sales, advertised_units, other_sales, other_units, batch_id)",
                b);
        for (int c = 0; c < CAMPAIGNS; c++) {
            long[] f = day.byCampaign[c];
            if (f[0] == 0) {
                continue;
            }
            row(
                    b,
                    account,
                    "US",
                    "SP",
                    date,
                    date,
                    s.campaignName[c],
                    null,
                    s.portfolio[c],
                    "ENABLED",
                    cents(s.budgetCents[c]),
                    c % 4 == 0 ? "AUTO" : "MANUAL",
                    "Dynamic bids - down only",
                    "USD",
                    7);
            figures(b, f);
        }
        copy(
                pg,
                "ad_campaign_metrics (account_id, marketplace, ad_product, period_start, period_end, campaign_name,"
                        + " campaign_id, portfolio, campaign_status, budget, targeting_type, bidding_strategy, currency,"
                        + " attribution_days, impressions, clicks, spend, sales, orders, units, advertised_sales,"
                        + " advertised_units, other_sales, other_units, batch_id)",
                b);
        for (int g = 0; g < s.groups; g++) {
            for (int i = 0; i < s.groupAsins[g].length; i++) {
                long[] f = day.byGroupAsin[g * 3 + i];
                if (f[0] == 0) {
                    continue;
                }
                int c = g / GROUPS_PER_CAMPAIGN;
                String asin = s.asin[s.groupAsins[g][i]];
                row(
                        b,
                        account,
                        "US",
                        "SP",
                        date,
                        date,
                        s.campaignName[c],
                        s.groupName[g],
                        asin,
                        "SKU-" + asin,
                        null,
                        null,
                        null,
                        s.portfolio[c],
                        "USD",
                        7);
                figures(b, f);
            }
        }
        copy(
                pg,
                "ad_product_metrics (account_id, marketplace, ad_product, period_start, period_end, campaign_name,"
                        + " ad_group_name, advertised_asin, advertised_sku, campaign_id, ad_group_id, ad_id, portfolio,"
                        + " currency, attribution_days, impressions, clicks, spend, sales, orders, units, advertised_sales,"
                        + " advertised_units, other_sales, other_units, batch_id)",
                b);
        return day.terms.size();
    }

    /** Appends the figures columns: impressions … other units, then the batch (-1: copied, not imported). */
    private static void figures(StringBuilder b, long[] f) {
        // the row so far ends with a tab; the ten figures, then the batch
        long sales = f[3];
        long advertised = sales * 85 / 100;
        long units = f[5];
        long advertisedUnits = units - (units > 1 ? 1 : 0);
        b.append(f[0])
                .append('\t')
                .append(f[1])
                .append('\t')
                .append(cents(f[2]))
                .append('\t')
                .append(cents(sales))
                .append('\t')
                .append(f[4])
                .append('\t')
                .append(units)
                .append('\t')
                .append(cents(advertised))
                .append('\t')
                .append(advertisedUnits)
                .append('\t')
                .append(cents(sales - advertised))
                .append('\t')
                .append(units - advertisedUnits)
                .append("\t-1\n");
    }

    /** Appends values as a COPY text row; a row ends with a newline unless its figures follow (then a tab). */
    private static void row(StringBuilder b, Object... values) {
        boolean last = values[values.length - 1] instanceof Integer i && i == -1 && values.length > 0;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (last && i == values.length - 1) {
                b.append("-1\n");
                return;
            }
            b.append(
                    v == null
                            ? "\\N"
                            : v.toString()
                                    .replace("\\", "\\\\")
                                    .replace("\t", " ")
                                    .replace("\n", " "));
            b.append('\t');
        }
    }

    private static void copy(PGConnection pg, String table, StringBuilder b) throws Exception {
        if (b.isEmpty()) {
            return;
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = pg.getCopyAPI().copyIn("copy " + table + " from stdin");
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
        b.setLength(0);
    }

    private static String cents(long cents) {
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** The console's four Sponsored Products downloads of one day, in the US format. */
    private static Map<String, Path> writeConsoleFiles(Shape s, Day day, Path folder) throws IOException {
        DateTimeFormatter us = DateTimeFormatter.ofPattern("MMM dd, yyyy", Locale.ENGLISH);
        String date = us.format(day.date);
        Map<String, Path> files = new LinkedHashMap<>();
        Path terms = folder.resolve("Sponsored Products Search term report.csv");
        try (BufferedWriter out = Files.newBufferedWriter(terms, StandardCharsets.UTF_8)) {
            csv(out, AdReportColumns.SEARCH_TERMS.toArray(String[]::new));
            for (long[] t : day.terms) {
                int target = (int) t[0];
                int c = s.campaignOf(target);
                long[] f = Arrays.copyOfRange(t, 2, 8);
                long advertised = f[3] * 85 / 100;
                long advertisedUnits = f[5] - (f[5] > 1 ? 1 : 0);
                csv(
                        out,
                        date,
                        s.portfolio[c],
                        "USD",
                        s.campaignName[c],
                        s.groupName[s.targetGroup.get(target)],
                        s.targetText.get(target),
                        consoleMatch(s.match(target)),
                        day.term(s, t[1]),
                        String.valueOf(f[0]),
                        String.valueOf(f[1]),
                        percent(f[1], f[0]),
                        dollars(f[2] / f[1]),
                        dollars(f[2]),
                        dollars(f[3]),
                        f[3] == 0 ? "" : percent(f[2], f[3]),
                        f[2] == 0 ? "" : String.format(Locale.ROOT, "%.2f", f[3] / (double) f[2]),
                        String.valueOf(f[4]),
                        String.valueOf(f[5]),
                        percent(f[4], f[1]),
                        String.valueOf(advertisedUnits),
                        String.valueOf(f[5] - advertisedUnits),
                        dollars(advertised),
                        dollars(f[3] - advertised));
            }
        }
        files.put("search term report", terms);
        Path targeting = folder.resolve("Sponsored Products Targeting report.csv");
        try (BufferedWriter out = Files.newBufferedWriter(targeting, StandardCharsets.UTF_8)) {
            csv(out, AdReportColumns.TARGETING.toArray(String[]::new));
            for (int target = 0; target < day.byTarget.length; target++) {
                long[] f = day.byTarget[target];
                if (f[1] == 0) {
                    continue;
                }
                int c = s.campaignOf(target);
                csv(
                        out,
                        date,
                        s.portfolio[c],
                        "USD",
                        s.campaignName[c],
                        s.groupName[s.targetGroup.get(target)],
                        s.targetText.get(target),
                        consoleMatch(s.match(target)),
                        String.valueOf(f[0]),
                        String.valueOf(f[1]),
                        percent(f[1], f[0]),
                        dollars(f[2] / f[1]),
                        dollars(f[2]),
                        f[3] == 0 ? "" : percent(f[2], f[3]),
                        f[2] == 0 ? "" : String.format(Locale.ROOT, "%.2f", f[3] / (double) f[2]),
                        dollars(f[3]),
                        String.valueOf(f[4]),
                        String.valueOf(f[5]),
                        percent(f[4], f[1]));
            }
        }
        files.put("targeting report", targeting);
        Path campaigns = folder.resolve("Sponsored Products Campaign report.csv");
        try (BufferedWriter out = Files.newBufferedWriter(campaigns, StandardCharsets.UTF_8)) {
            csv(out, AdReportColumns.CAMPAIGNS.toArray(String[]::new));
            for (int c = 0; c < CAMPAIGNS; c++) {
                long[] f = day.byCampaign[c];
                if (f[0] == 0) {
                    continue;
                }
                csv(
                        out,
                        date,
                        s.portfolio[c],
                        "Sponsored Products",
                        s.campaignName[c],
                        "ENABLED",
                        "USD",
                        dollars(s.budgetCents[c]),
                        c % 4 == 0 ? "AUTOMATIC" : "MANUAL",
                        "Dynamic bids - down only",
                        String.valueOf(f[0]),
                        String.valueOf(f[1]),
                        percent(f[1], f[0]),
                        dollars(f[2]),
                        f[1] == 0 ? "" : dollars(f[2] / f[1]),
                        String.valueOf(f[4]),
                        f[3] == 0 ? "" : percent(f[2], f[3]),
                        dollars(f[3]),
                        String.valueOf(f[5]));
            }
        }
        files.put("campaign report", campaigns);
        Path products = folder.resolve("Sponsored Products Advertised product report.csv");
        try (BufferedWriter out = Files.newBufferedWriter(products, StandardCharsets.UTF_8)) {
            csv(out, AdReportColumns.PRODUCTS.toArray(String[]::new));
            for (int g = 0; g < s.groups; g++) {
                for (int i = 0; i < s.groupAsins[g].length; i++) {
                    long[] f = day.byGroupAsin[g * 3 + i];
                    if (f[0] == 0) {
                        continue;
                    }
                    int c = g / GROUPS_PER_CAMPAIGN;
                    String asin = s.asin[s.groupAsins[g][i]];
                    long advertised = f[3] * 85 / 100;
                    long advertisedUnits = f[5] - (f[5] > 1 ? 1 : 0);
                    csv(
                            out,
                            date,
                            s.portfolio[c],
                            "USD",
                            s.campaignName[c],
                            s.groupName[g],
                            "SKU-" + asin,
                            asin,
                            String.valueOf(f[0]),
                            String.valueOf(f[1]),
                            percent(f[1], f[0]),
                            f[1] == 0 ? "" : dollars(f[2] / f[1]),
                            dollars(f[2]),
                            dollars(f[3]),
                            f[3] == 0 ? "" : percent(f[2], f[3]),
                            f[2] == 0 ? "" : String.format(Locale.ROOT, "%.2f", f[3] / (double) f[2]),
                            String.valueOf(f[4]),
                            String.valueOf(f[5]),
                            f[1] == 0 ? "" : percent(f[4], f[1]),
                            String.valueOf(advertisedUnits),
                            String.valueOf(f[5] - advertisedUnits),
                            dollars(advertised),
                            dollars(f[3] - advertised));
                }
            }
        }
        files.put("advertised product report", products);
        return files;
    }

    private static String consoleMatch(String match) {
        return match.isEmpty() ? "-" : match;
    }

    private static String dollars(long cents) {
        return "$" + java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "" : String.format(Locale.ROOT, "%.4f%%", part * 100.0 / whole);
    }

    private static void csv(BufferedWriter out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.write(cells[i].replace("\"", "\"\""));
            out.write('"');
        }
        out.newLine();
    }

    // ------------------------------------------------------------------------------------------------ measuring

    private void measure(ConfigurableApplicationContext context, JdbcTemplate jdbc, SellerAccount account)
            throws Exception {
        AdAnalysis analysis = context.getBean(AdAnalysis.class);
        AdOptimizer optimizer = context.getBean(AdOptimizer.class);
        long id = account.id();
        LocalDate first = LAST.minusDays(days - 1L);
        LocalDate window = LAST.minusDays(29);
        Long rows =
                jdbc.queryForObject("select count(*) from ad_search_term_metrics where account_id = ?", Long.class, id);
        say(
                "bench: measuring account %d: %,d search-term rows %s..%s; %d cores, load %.2f%n",
                id, rows, first, LAST, Runtime.getRuntime().availableProcessors(), load());
        for (int round = 1;
                round <= metricRounds && Boolean.parseBoolean(System.getProperty("bench.metrics", "true"));
                round++) {
            long total = 0;
            Cpu before = Cpu.now();
            List<String> parts = new ArrayList<>();
            for (LocalDate from : List.of(first, window)) {
                long span = java.time.temporal.ChronoUnit.DAYS.between(from, LAST) + 1;
                LocalDate compareTo = from.minusDays(1);
                LocalDate compareFrom = compareTo.minusDays(span - 1);
                for (AdLevel level : List.of(AdLevel.ACCOUNT, AdLevel.CAMPAIGN, AdLevel.ASIN, AdLevel.SEARCH_TERM)) {
                    long t = System.nanoTime();
                    int n = analysis.metrics(id, level, from, LAST, compareFrom, compareTo, null, null, null)
                            .size();
                    long took = millis(t);
                    total += took;
                    parts.add(String.format(Locale.ROOT, "%s %dd %,d ms (%,d lines)", level.code(), span, took, n));
                }
            }
            long t = System.nanoTime();
            List<SearchTermProposal> proposals = optimizer.searchTermProposals(id, LAST.plusDays(1));
            long took = millis(t);
            total += took;
            long harvests = proposals.stream()
                    .filter(p -> p.kind() == SearchTermProposal.Kind.HARVEST)
                    .count();
            parts.add(String.format(
                    Locale.ROOT,
                    "proposals 30d %,d ms (%,d harvest, %,d negate)",
                    took,
                    harvests,
                    proposals.size() - harvests));
            Cpu used = Cpu.now().minus(before);
            say(
                    "bench: round %d, metrics and proposals %,d ms wall; CPU %,d ms Java + %,d ms PostgreSQL; load %.2f;"
                            + " %s%n",
                    round, total, used.javaMillis(), used.postgresMillis(), load(), String.join("; ", parts));
        }
        if (Boolean.parseBoolean(System.getProperty("bench.plain", "true"))) {
            plain(jdbc, id, window);
        }
        if (Boolean.parseBoolean(System.getProperty("bench.pages", "true"))) {
            pages(context, jdbc, account, window);
        }
    }

    /** The search-term page through the real controller, each filter {@code bench.rounds} times. */
    private void pages(
            ConfigurableApplicationContext context, JdbcTemplate jdbc, SellerAccount account, LocalDate window)
            throws Exception {
        long id = account.id();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(springSecurity())
                .build();
        Fixtures fixtures = new Fixtures(context.getBean(AccountDirectory.class), context.getBean(Team.class), jdbc);
        CurrentUser manager = fixtures.user(account.organisationId(), Role.ADMIN, account);
        String path = "/a/" + id + "/advertising/search-terms";
        String week = "from=" + LAST.minusDays(6) + "&to=" + LAST;
        String month = "from=" + window + "&to=" + LAST;
        Map<String, String> asks = new LinkedHashMap<>();
        Map<String, String> periods = new LinkedHashMap<>();
        periods.put("7d", week);
        periods.put("30d", month);
        // bench.more: also the whole 90 days and a week in the middle (every line there has days after it)
        if (Boolean.parseBoolean(System.getProperty("bench.more", "false"))) {
            periods.put("90d", "from=" + LAST.minusDays(days - 1L) + "&to=" + LAST);
            periods.put("mid 7d", "from=" + LAST.minusDays(48) + "&to=" + LAST.minusDays(42));
        }
        for (Map.Entry<String, String> p : periods.entrySet()) {
            String name = p.getKey();
            String period = p.getValue();
            if (name.equals("30d") && !Boolean.parseBoolean(System.getProperty("bench.month", "true"))) {
                continue;
            }
            asks.put(name + " all", period);
            asks.put(name + " wasted", period + "&view=wasted");
            asks.put(name + " converting", period + "&view=converting");
            asks.put(name + " new", period + "&view=new");
            asks.put(name + " text", period + "&q=board");
            asks.put(name + " page 3", period + "&page=3");
            asks.put(name + " wasted p3", period + "&view=wasted&page=3");
            asks.put(
                    name + " campaign",
                    period + "&campaign="
                            + java.net.URLEncoder.encode(new Shape().campaignName[8], StandardCharsets.UTF_8));
        }
        // bench.asks: only these page asks (comma-separated, spaces as hyphens: "30d-all,30d-text"), else all
        List<String> only = List.of(System.getProperty("bench.asks", "").split(","));
        for (Map.Entry<String, String> ask : asks.entrySet()) {
            if (!only.get(0).isEmpty() && !only.contains(ask.getKey().replace(' ', '-'))) {
                continue;
            }
            long best = Long.MAX_VALUE;
            long firstTook = 0;
            int status = 0;
            int length = 0;
            Cpu before = Cpu.now();
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                MvcResult result = mvc.perform(
                                get(path + "?" + ask.getValue()).with(user(new SignedInUser(manager, "x", true))))
                        .andReturn();
                long took = millis(t);
                status = result.getResponse().getStatus();
                length = result.getResponse().getContentAsString().length();
                firstTook = i == 0 ? took : firstTook;
                best = Math.min(best, took);
            }
            Cpu used = Cpu.now().minus(before);
            say(
                    "bench: page %-15s HTTP %d, %,d chars: first %,d ms, best of %d %,d ms; CPU of all %,d ms Java +"
                            + " %,d ms PostgreSQL; load %.2f%n",
                    ask.getKey(),
                    status,
                    length,
                    firstTook,
                    rounds,
                    best,
                    used.javaMillis(),
                    used.postgresMillis(),
                    load());
        }
    }

    /**
     * The statements the search-term table, the search-term level and the proposals ran before issue 8's benchmark
     * (every row of the period summed), timed once each for comparison; at most two minutes each.
     */
    private static void plain(JdbcTemplate jdbc, long id, LocalDate window) {
        String group = "marketplace, currency, campaign_name, ad_group_name, targeting, match_type, search_term";
        String select = "select " + group + ", sum(impressions), sum(clicks), sum(spend), sum(sales), sum(orders),"
                + " sum(units), count(distinct period_start) from ad_search_term_metrics t where account_id = " + id
                + " and period_start >= ? and period_end <= ? and period_start = period_end";
        String order = " order by sum(spend) desc, " + group;
        LocalDate week = LAST.minusDays(6);
        Map<String, Object[]> statements = new LinkedHashMap<>();
        statements.put("7d all", new Object[] {select + " group by " + group + order + " limit 500", week});
        statements.put("7d wasted", new Object[] {
            select + " group by " + group + " having coalesce(sum(orders), 0) = 0 and sum(clicks) > 0" + order
                    + " limit 500",
            week
        });
        statements.put("7d converting", new Object[] {
            select + " group by " + group + " having coalesce(sum(orders), 0) > 0" + order + " limit 500", week
        });
        statements.put("7d text", new Object[] {
            select + " and strpos(lower(t.search_term), 'board') > 0 group by " + group + order + " limit 500", week
        });
        statements.put("30d level", new Object[] {select + " group by " + group + order + " limit 5000", window});
        statements.put(
                "90d level", new Object[] {select + " group by " + group + order + " limit 5000", LAST.minusDays(89)});
        statements.put("30d proposals (every line)", new Object[] {select + " group by " + group + order, window});
        boolean longOnes = Boolean.parseBoolean(System.getProperty("bench.plainLong", "true"));
        for (Map.Entry<String, Object[]> s : statements.entrySet()) {
            if (!longOnes && !s.getKey().startsWith("7d")) {
                continue;
            }
            Cpu before = Cpu.now();
            long t = System.nanoTime();
            String outcome;
            try {
                int[] lines = {0};
                jdbc.execute((java.sql.Connection c) -> {
                    try (var timeout = c.createStatement()) {
                        timeout.execute("set statement_timeout = '120s'");
                    }
                    try (var ps = c.prepareStatement((String) s.getValue()[0])) {
                        ps.setObject(1, s.getValue()[1]);
                        ps.setObject(2, LAST);
                        try (var rs = ps.executeQuery()) {
                            while (rs.next()) {
                                lines[0]++;
                            }
                        }
                    } finally {
                        try (var reset = c.createStatement()) {
                            reset.execute("set statement_timeout = 0");
                        }
                    }
                    return null;
                });
                outcome = String.format(Locale.ROOT, "%,d lines", lines[0]);
            } catch (RuntimeException e) {
                outcome = "stopped: " + e.getMessage();
            }
            Cpu used = Cpu.now().minus(before);
            say(
                    "bench: plain sum (before), %-26s %,d ms, %s; CPU %,d ms Java + %,d ms PostgreSQL; load %.2f%n",
                    s.getKey(), millis(t), outcome, used.javaMillis(), used.postgresMillis(), load());
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static SellerAccount account(AccountDirectory directory) {
        long organisation = directory.defaultOrganisation();
        return directory
                .findByName(organisation, ACCOUNT)
                .orElseGet(() -> directory.create(organisation, ACCOUNT, List.of(Marketplace.US), null));
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * CPU used so far by this JVM and by the embedded PostgreSQL of {@code BOSUN_DATA_DIR} (server, live backends and
     * the ended ones), from /proc, as the review benchmark measures it.
     */
    record Cpu(long javaMillis, long postgresMillis) {
        static Cpu now() {
            long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime()
                    / 1_000_000;
            return new Cpu(jvm, postgresNow());
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(javaMillis - earlier.javaMillis, postgresMillis - earlier.postgresMillis);
        }

        private static long postgresNow() {
            String dataDir = System.getenv().getOrDefault("BOSUN_DATA_DIR", "./data");
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                List<Path> all = procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .toList();
                for (Path proc : all) {
                    try {
                        String cmd = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
                        if (!cmd.contains("postgres") || !cmd.contains(dataDir)) {
                            continue;
                        }
                        long postmaster = Long.parseLong(proc.getFileName().toString());
                        String[] f = fields(proc);
                        ticks += Long.parseLong(f[11])
                                + Long.parseLong(f[12])
                                + Long.parseLong(f[13])
                                + Long.parseLong(f[14]);
                        for (Path child : all) {
                            try {
                                String[] c = fields(child);
                                if (Long.parseLong(c[1]) == postmaster) {
                                    ticks += Long.parseLong(c[11]) + Long.parseLong(c[12]);
                                }
                            } catch (IOException | RuntimeException gone) {
                                // ended meanwhile
                            }
                        }
                    } catch (IOException | RuntimeException gone) {
                        // ended meanwhile
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return ticks * 10;
        }

        private static String[] fields(Path proc) throws IOException {
            String stat = Files.readString(proc.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        }
    }

    private static void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.print(line);
        try {
            Files.writeString(
                    Path.of("target", "ads-benchmark.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
