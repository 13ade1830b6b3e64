package org.accountsuccess.benchmarks.tenant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.ExchangeRateTable;

/**
 * Generates a realistic tenant, deterministically: the same size and seed give the same tenant,
 * row for row. Responses and activities lie in the two years before {@link #AS_OF}; contracts tell
 * stories of renewal, expansion, contraction and churn around it.
 */
public final class TenantGenerator {
    /** The day the data is generated for. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    /** The two years that end on {@link #AS_OF}. */
    public static final DateWindow HISTORY = new DateWindow(AS_OF.minusYears(2).plusDays(1), AS_OF);
    public static final long DEFAULT_SEED = 20260630L;
    /** Base EUR; a few accounts pay in USD or GBP. */
    public static final ExchangeRateTable RATES = new ExchangeRateTable("EUR",
            Map.of("USD", new BigDecimal("0.90"), "GBP", new BigDecimal("1.15")));

    private static final int DAY = 86_400;

    // Weights, in the order of the codes they choose between.
    private static final int[] TIERS = {10, 30, 60};
    /** Per tier: Enterprise, Mid-Market, SMB, Public Sector. */
    private static final int[][] SEGMENTS_BY_TIER = {{70, 10, 0, 20}, {20, 60, 10, 10}, {0, 30, 65, 5}};
    private static final double[] CONTACTS_BY_TIER = {2.5, 1.3, 0.7};
    private static final double[] ACTIVITIES_BY_TIER = {3.0, 1.5, 0.6};
    private static final int[] ROLES = {15, 30, 55};
    /** Per account mood (unhappy, neutral, happy): detractor, passive, promoter; about 35/35/30 overall. */
    private static final int[] MOODS = {30, 40, 30};
    private static final int[][] CLASSES_BY_MOOD = {{63, 27, 10}, {30, 45, 25}, {15, 30, 55}};
    private static final int[] DETRACTOR_SCORES = {1, 1, 1, 2, 3, 5, 7};
    /** Per class: the chance in percent that a response names drivers. */
    private static final int[] DRIVER_CHANCE_BY_CLASS = {60, 20, 40};
    /** By ActivityType ordinal, for the activities that are not marketing emails. */
    private static final int[] TYPES = {22, 4, 12, 15, 35, 0, 4, 8};
    /** By ActivityType ordinal: no direction, inbound, outbound. */
    private static final int[][] DIRECTIONS_BY_TYPE = {{5, 85, 10}, {60, 0, 40}, {60, 10, 30}, {5, 25, 70},
            {5, 45, 50}, {10, 0, 90}, {60, 0, 40}, {80, 10, 10}};
    /** By ActivityType ordinal: the chance in percent that an activity names a contact. */
    private static final int[] CONTACT_CHANCE_BY_TYPE = {95, 80, 80, 85, 90, 90, 70, 30};
    private static final int[] SEVERITIES = {30, 50, 15, 5};
    /** Smallest and largest monthly value of an account's first contract, in cents, per tier. */
    private static final long[][] MRR_CENTS_BY_TIER = {{5_000_00, 50_000_00}, {1_000_00, 8_000_00}, {100_00, 1_500_00}};

    private enum ContractStory {
        /** Three yearly terms, each renewing the last; the current one runs over the as-of date. */
        RENEWING(45),
        /** An evergreen base contract, an add-on signed in the last year, a yearly add-on ending around now. */
        EXPANDING(15),
        /** Three yearly terms; the last ended in the year before the as-of date and nothing renews it. */
        CHURNED(15),
        /** A first contract of the last year, an add-on, and an early renewal that starts in the future. */
        NEW(10),
        /** Three evergreen contracts, sometimes one of them free. */
        EVERGREEN(10),
        /** Like renewing, but every renewal is worth less. */
        DOWNGRADING(5);

        final int weight;

        ContractStory(int weight) {
            this.weight = weight;
        }
    }

    private static final int[] STORIES = Arrays.stream(ContractStory.values()).mapToInt(s -> s.weight).toArray();

    private final TenantSize size;
    private final SplittableRandom random;
    private final int historyFrom = (int) HISTORY.from().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    private final int historyUntil = (int) HISTORY.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();

    // Traits that shape an account's rows; only needed while generating.
    private byte[] mood;
    private int[] quietSince;
    private double[] marketingShare;
    private double[] responsiveness;

    private TenantGenerator(TenantSize size, long seed) {
        this.size = size;
        this.random = new SplittableRandom(seed);
    }

    /** The tenant of this size for this seed, in a compact in-memory host. */
    public static InMemoryHost generate(TenantSize size, long seed) {
        return new InMemoryHost(new TenantGenerator(size, seed).tenant(), RATES);
    }

    private Tenant tenant() {
        Tenant.Accounts accounts = accounts();
        Tenant.Contacts contacts = contacts(accounts);
        Tenant.Responses responses = responses(accounts, contacts);
        Tenant.Invitations invitations = invitations(contacts, responses);
        Tenant.Contracts contracts = contracts(accounts);
        Tenant.Activities activities = activities(accounts, contacts);
        return new Tenant(accounts, contacts, responses, invitations, contracts, activities);
    }

    private Tenant.Accounts accounts() {
        int n = size.accounts();
        int owners = Math.max(1, n / 100);
        Tenant.Accounts accounts = new Tenant.Accounts(n);
        mood = new byte[n];
        quietSince = new int[n];
        marketingShare = new double[n];
        for (int a = 0; a < n; a++) {
            int tier = pick(TIERS);
            accounts.tier[a] = (byte) (tier + 1);
            accounts.segment[a] = (byte) pick(SEGMENTS_BY_TIER[tier]);
            accounts.industry[a] = (byte) random.nextInt(Vocabulary.INDUSTRIES.size());
            accounts.country[a] = (byte) random.nextInt(Vocabulary.COUNTRIES.size());
            int currency = random.nextInt(100);
            accounts.currency[a] = (byte) (currency < 3 ? Vocabulary.USD
                    : currency < 5 ? Vocabulary.GBP : currency < 20 ? Vocabulary.EUR : Vocabulary.NONE);
            accounts.owner[a] = random.nextInt(100) == 0 ? -1 : random.nextInt(owners);
            accounts.parent[a] = a > 0 && random.nextInt(100) < 3 ? random.nextInt(a) : -1;
            mood[a] = (byte) pick(MOODS);
            // One account in eight went quiet at some point: no activity since.
            quietSince[a] = random.nextInt(8) == 0 ? historyFrom + 1 + random.nextInt(historyUntil - historyFrom - 1)
                    : historyUntil;
            marketingShare[a] = 0.15 + 0.45 * random.nextDouble();
        }
        return accounts;
    }

    private Tenant.Contacts contacts(Tenant.Accounts accounts) {
        double[] weights = new double[accounts.count];
        for (int a = 0; a < accounts.count; a++) {
            weights[a] = CONTACTS_BY_TIER[accounts.tier[a] - 1] * (0.5 + random.nextDouble());
        }
        Tenant.Contacts contacts = new Tenant.Contacts(spread(size.contacts(), weights));
        responsiveness = new double[contacts.count];
        for (int c = 0; c < contacts.count; c++) {
            contacts.role[c] = (byte) pick(ROLES);
            contacts.active[c] = random.nextInt(100) >= 5;
            // One contact in five never answers a survey.
            responsiveness[c] = random.nextInt(5) == 0 ? 0 : 0.5 + random.nextDouble();
        }
        return contacts;
    }

    private Tenant.Responses responses(Tenant.Accounts accounts, Tenant.Contacts contacts) {
        Tenant.Responses responses = new Tenant.Responses(spread(size.responses(), responsiveness));
        for (int a = 0; a < accounts.count; a++) {
            for (int c = contacts.byAccount[a]; c < contacts.byAccount[a + 1]; c++) {
                int from = responses.byContact[c];
                int to = responses.byContact[c + 1];
                for (int r = from; r < to; r++) {
                    responses.contact[r] = c;
                    responses.answeredAt[r] = historyFrom + random.nextInt(historyUntil - historyFrom);
                }
                Arrays.sort(responses.answeredAt, from, to);
                for (int r = from; r < to; r++) {
                    int scoreClass = pick(CLASSES_BY_MOOD[mood[a]]);
                    responses.score[r] = (byte) switch (scoreClass) {
                        case 0 -> pick(DETRACTOR_SCORES);
                        case 1 -> 7 + random.nextInt(2);
                        default -> random.nextInt(100) < 60 ? 9 : 10;
                    };
                    responses.survey[r] = (byte) (random.nextInt(5) == 0 ? Vocabulary.SUPPORT_SURVEY
                            : Vocabulary.RELATIONSHIP_SURVEY);
                    responses.drivers[r] = drivers(scoreClass);
                }
            }
        }
        return responses;
    }

    /** None, one or two distinct drivers, packed as {@link Tenant.Responses#drivers} says. */
    private byte drivers(int scoreClass) {
        if (random.nextInt(100) >= DRIVER_CHANCE_BY_CLASS[scoreClass]) {
            return 0;
        }
        int n = Vocabulary.DRIVERS.size();
        int first = random.nextInt(n);
        if (random.nextInt(100) >= 30) {
            return (byte) (first + 1);
        }
        int second = (first + 1 + random.nextInt(n - 1)) % n;
        return (byte) ((first + 1) | (second + 1) << 4);
    }

    /** Every response had an invitation shortly before it; some invitations were never answered. */
    private Tenant.Invitations invitations(Tenant.Contacts contacts, Tenant.Responses responses) {
        int[] unanswered = new int[contacts.count];
        int[] byContact = new int[contacts.count + 1];
        for (int c = 0; c < contacts.count; c++) {
            unanswered[c] = responsiveness[c] == 0 ? 1 + random.nextInt(3) : random.nextInt(3);
            byContact[c + 1] = byContact[c] + responses.byContact[c + 1] - responses.byContact[c] + unanswered[c];
        }
        Tenant.Invitations invitations = new Tenant.Invitations(byContact);
        for (int c = 0; c < contacts.count; c++) {
            int i = byContact[c];
            for (int r = responses.byContact[c]; r < responses.byContact[c + 1]; r++, i++) {
                invitations.contact[i] = c;
                invitations.sentAt[i] = Math.max(historyFrom, responses.answeredAt[r] - 3600 - random.nextInt(5 * DAY));
                invitations.survey[i] = responses.survey[r];
            }
            for (int u = 0; u < unanswered[c]; u++, i++) {
                invitations.contact[i] = c;
                invitations.sentAt[i] = historyFrom + random.nextInt(historyUntil - historyFrom);
                invitations.survey[i] = Vocabulary.RELATIONSHIP_SURVEY;
            }
        }
        return invitations;
    }

    private Tenant.Contracts contracts(Tenant.Accounts accounts) {
        int[] byAccount = new int[accounts.count + 1];
        Arrays.setAll(byAccount, a -> a * TenantSize.CONTRACTS_PER_ACCOUNT);
        Tenant.Contracts contracts = new Tenant.Contracts(byAccount);
        for (int a = 0; a < accounts.count; a++) {
            new ContractWriter(contracts, accounts, a).tell(ContractStory.values()[pick(STORIES)]);
        }
        return contracts;
    }

    /** Writes the three contracts of one account, one story at a time. */
    private final class ContractWriter {
        private final Tenant.Contracts contracts;
        private final Tenant.Accounts accounts;
        private final int account;
        private int row;

        ContractWriter(Tenant.Contracts contracts, Tenant.Accounts accounts, int account) {
            this.contracts = contracts;
            this.accounts = accounts;
            this.account = account;
            this.row = contracts.byAccount[account];
        }

        void tell(ContractStory story) {
            long mrr = firstMrrCents(accounts.tier[account]);
            switch (story) {
                case RENEWING -> yearlyChain(AS_OF.minusMonths(36).plusDays(1 + random.nextInt(365)), mrr, false);
                case CHURNED -> yearlyChain(AS_OF.minusMonths(48).plusDays(1 + random.nextInt(365)), mrr, false);
                case DOWNGRADING -> yearlyChain(AS_OF.minusMonths(36).plusDays(1 + random.nextInt(365)), mrr, true);
                case EXPANDING -> {
                    write(AS_OF.minusMonths(13 + random.nextInt(24)), null, mrr, Vocabulary.CORE_PRODUCT, -1);
                    write(AS_OF.minusDays(random.nextInt(365)), null, share(mrr, 20, 50), 1 + random.nextInt(3), -1);
                    LocalDate addOn = AS_OF.minusMonths(8 + random.nextInt(13));
                    write(addOn, addOn.plusYears(1).minusDays(1), share(mrr, 10, 30), 2, -1);
                }
                case NEW -> {
                    LocalDate start = AS_OF.minusDays(30 + random.nextInt(300));
                    int first = write(start, start.plusYears(1).minusDays(1), mrr, Vocabulary.CORE_PRODUCT, -1);
                    write(start.plusDays(30 + random.nextInt(90)), null, share(mrr, 10, 40), 1 + random.nextInt(3), -1);
                    // Signed early: the renewal exists before its predecessor is due.
                    write(start.plusYears(1), start.plusYears(2).minusDays(1), renewed(mrr, false),
                            Vocabulary.CORE_PRODUCT, first);
                }
                case EVERGREEN -> {
                    LocalDate start = AS_OF.minusDays(365 + random.nextInt(4 * 365));
                    write(start, null, mrr, Vocabulary.CORE_PRODUCT, -1);
                    write(start.plusDays(random.nextInt(365)), null, share(mrr, 10, 40), 1, -1);
                    // Some accounts run a free pilot of a second add-on.
                    write(start.plusDays(random.nextInt(730)), null, random.nextInt(10) < 3 ? 0 : share(mrr, 5, 20), 3, -1);
                }
            }
        }

        /** Three yearly terms, each renewing the one before, now and then a few days late. */
        private void yearlyChain(LocalDate start, long mrr, boolean downgrading) {
            int previous = -1;
            for (int term = 0; term < TenantSize.CONTRACTS_PER_ACCOUNT; term++) {
                LocalDate end = start.plusYears(1).minusDays(1);
                previous = write(start, end, mrr, Vocabulary.CORE_PRODUCT, previous);
                start = end.plusDays(random.nextInt(20) == 0 ? 1 + random.nextInt(30) : 1);
                mrr = renewed(mrr, downgrading);
            }
        }

        private int write(LocalDate start, LocalDate end, long mrrCents, int product, int renewalOf) {
            int k = row++;
            contracts.account[k] = account;
            contracts.startDay[k] = (int) start.toEpochDay();
            contracts.endDay[k] = end == null ? Tenant.Contracts.EVERGREEN : (int) end.toEpochDay();
            contracts.mrrCents[k] = mrrCents;
            contracts.currency[k] = (byte) contractCurrency(accounts.currency[account]);
            contracts.autoRenew[k] = random.nextInt(100) < 35;
            contracts.renewalOf[k] = renewalOf;
            contracts.product[k] = (byte) product;
            return k;
        }
    }

    /** Log-uniform within the tier's range, so that small contracts are the many and large ones the few. */
    private long firstMrrCents(int tier) {
        long[] range = MRR_CENTS_BY_TIER[tier - 1];
        double low = Math.log(range[0]);
        return Math.round(Math.exp(low + random.nextDouble() * (Math.log(range[1]) - low)));
    }

    /** Between {@code minPercent} and {@code maxPercent} of {@code mrrCents}. */
    private long share(long mrrCents, int minPercent, int maxPercent) {
        return mrrCents * (minPercent + random.nextInt(maxPercent - minPercent + 1)) / 100;
    }

    /** The value of a renewal: mostly flat, sometimes a price rise, an expansion or a contraction. */
    private long renewed(long mrrCents, boolean downgrading) {
        double factor;
        if (downgrading) {
            factor = 0.4 + 0.4 * random.nextDouble();
        } else {
            int change = random.nextInt(100);
            factor = change < 60 ? 1.0
                    : change < 75 ? 1.03 + 0.05 * random.nextDouble()
                    : change < 90 ? 1.1 + 0.4 * random.nextDouble()
                    : 0.7 + 0.25 * random.nextDouble();
        }
        return Math.round(mrrCents * factor);
    }

    /** A contract's currency: mostly left empty (the account's), sometimes named. */
    private int contractCurrency(int accountCurrency) {
        return switch (accountCurrency) {
            case Vocabulary.NONE -> random.nextInt(5) == 0 ? Vocabulary.EUR : Vocabulary.NONE;
            case Vocabulary.EUR -> random.nextInt(2) == 0 ? Vocabulary.EUR : Vocabulary.NONE;
            default -> random.nextInt(10) < 7 ? accountCurrency : Vocabulary.NONE;
        };
    }

    private Tenant.Activities activities(Tenant.Accounts accounts, Tenant.Contacts contacts) {
        double[] weights = new double[accounts.count];
        for (int a = 0; a < accounts.count; a++) {
            weights[a] = ACTIVITIES_BY_TIER[accounts.tier[a] - 1] * (0.3 + 1.4 * random.nextDouble());
        }
        Tenant.Activities activities = new Tenant.Activities(spread(size.activities(), weights));
        int recent = historyUntil - 30 * DAY;
        int marketing = ActivityType.MARKETING_EMAIL.ordinal();
        int ticket = ActivityType.SUPPORT_TICKET.ordinal();
        for (int a = 0; a < accounts.count; a++) {
            int from = activities.byAccount[a];
            int to = activities.byAccount[a + 1];
            int firstContact = contacts.byAccount[a];
            int contactCount = contacts.byAccount[a + 1] - firstContact;
            for (int x = from; x < to; x++) {
                activities.occurredAt[x] = historyFrom + random.nextInt(quietSince[a] - historyFrom);
            }
            Arrays.sort(activities.occurredAt, from, to);
            for (int x = from; x < to; x++) {
                int type = random.nextDouble() < marketingShare[a] ? marketing : pick(TYPES);
                activities.type[x] = (byte) type;
                activities.contact[x] = contactCount > 0 && random.nextInt(100) < CONTACT_CHANCE_BY_TYPE[type]
                        ? firstContact + random.nextInt(contactCount) : -1;
                activities.direction[x] = (byte) pick(DIRECTIONS_BY_TYPE[type]);
                if (type == ticket) {
                    // Recent tickets are often still open, old ones rarely.
                    boolean open = random.nextInt(100) < (activities.occurredAt[x] >= recent ? 60 : 3);
                    activities.status[x] = (byte) (1 + (open ? Activity.Status.OPEN : Activity.Status.CLOSED).ordinal());
                    activities.severity[x] = (byte) (1 + pick(SEVERITIES));
                }
            }
        }
        return activities;
    }

    /**
     * Spreads {@code total} rows over owners in proportion to their weights (a multinomial draw)
     * and answers the owners' offsets, as {@link Tenant} groups rows.
     */
    private int[] spread(int total, double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        int[] offsets = new int[weights.length + 1];
        for (int row = 0; row < total; row++) {
            double u;
            do {
                u = random.nextDouble() * sum;
            } while (u >= sum); // rounding could reach the sum itself
            offsets[firstAbove(cumulative, u) + 1]++;
        }
        for (int i = 0; i < weights.length; i++) {
            offsets[i + 1] += offsets[i];
        }
        return offsets;
    }

    /** The first index whose cumulative weight exceeds {@code u}: never an owner of weight 0. */
    private static int firstAbove(double[] cumulative, double u) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > u) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** An index drawn with the given integer weights. */
    private int pick(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int u = random.nextInt(total);
        int i = 0;
        while (u >= weights[i]) {
            u -= weights[i++];
        }
        return i;
    }
}
