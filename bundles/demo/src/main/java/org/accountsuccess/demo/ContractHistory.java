package org.accountsuccess.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo tenant's contracts, monthly revenue and exchange rates (contracts.csv, revenue.csv,
 * exchange_rates.csv). Each account has a chain of main contracts, each renewing the one before
 * (with expansion, contraction or a flat price), sometimes an add-on chain; some accounts churn,
 * a few come back later with a fresh contract, some renew early, small accounts may run on an
 * evergreen contract.
 */
final class ContractHistory {
    private static final LocalDate FIRST_CUSTOMER = LocalDate.of(2021, 1, 1);
    private static final LocalDate LAST_END = LocalDate.of(2028, 12, 31);
    private static final List<String> ADD_ONS = List.of("Analytics Add-on", "Premium Support", "Integration Hub",
            "Training Package");

    /** A contract as contracts.csv holds it. */
    record DemoContract(String id, String accountId, LocalDate start, LocalDate end, BigDecimal mrr, String currency,
            boolean autoRenew, String renewalOf, String product) {
        boolean covers(LocalDate day) {
            return !start.isAfter(day) && (end == null || !end.isBefore(day));
        }
    }

    private final Map<String, List<DemoContract>> byAccount = new LinkedHashMap<>();
    private final CsvFile revenue = new CsvFile("revenue.csv", "account_id", "period", "revenue", "margin");
    private int sequence;

    private ContractHistory() {
    }

    static ContractHistory generate(Customers customers, Dice dice) {
        ContractHistory history = new ContractHistory();
        for (DemoAccount account : customers.accounts()) {
            List<DemoContract> contracts = new ArrayList<>();
            history.byAccount.put(account.id(), contracts);
            LocalDate churnedAfter = history.mainChain(dice, account, contracts);
            if (dice.chance(new double[] {0.45, 0.3, 0.15}[account.tier() - 1])) {
                history.addOnChain(dice, account, contracts, churnedAfter);
            }
            history.revenue(dice, account, contracts);
        }
        return history;
    }

    /** True when some contract of the account covers {@code day}. */
    boolean isCustomer(String accountId, LocalDate day) {
        return byAccount.get(accountId).stream().anyMatch(c -> c.covers(day));
    }

    List<CsvFile> files() {
        CsvFile contracts = new CsvFile("contracts.csv", "contract_id", "account_id", "start_date", "end_date", "mrr",
                "currency", "auto_renew", "renewal_of", "product");
        byAccount.values().forEach(list -> list.forEach(c -> contracts.row(c.id(), c.accountId(), c.start(), c.end(),
                c.mrr().toPlainString(), c.currency(), c.autoRenew(), c.renewalOf(), c.product())));
        CsvFile rates = new CsvFile("exchange_rates.csv", "currency", "rate_to_base");
        rates.row("USD", "0.92");
        rates.row("GBP", "1.17");
        return List.of(contracts, revenue, rates);
    }

    /** Adds the main contracts; answers the last day covered before the account churned, or {@code null}. */
    private LocalDate mainChain(Dice dice, DemoAccount account, List<DemoContract> contracts) {
        boolean established = dice.chance(0.85);
        LocalDate start = established
                ? dice.day(FIRST_CUSTOMER, DemoDataSet.HISTORY_START.minusDays(15))
                : dice.day(DemoDataSet.HISTORY_START.plusDays(5), DemoDataSet.ANCHOR.minusDays(45));
        String product = switch (account.tier()) {
            case 1 -> "Core Platform Enterprise";
            case 2 -> "Core Platform Professional";
            default -> "Core Platform Essentials";
        };
        BigDecimal mrr = roundedMrr(switch (account.tier()) {
            case 1 -> dice.between(6000.0, 30000.0);
            case 2 -> dice.between(1500.0, 6000.0);
            default -> dice.between(150.0, 1500.0);
        });
        if (account.tier() == 3 && dice.chance(0.15)) {
            contracts.add(contract(account, start, null, mrr, false, null, product));
            return null;
        }
        double churnRisk = switch (account.sentiment()) {
            case PROMOTER -> 0.04;
            case PASSIVE -> 0.12;
            case DETRACTOR -> 0.3;
        };
        boolean churns = dice.chance(churnRisk);
        boolean autoRenew = dice.chance(new double[] {0.15, 0.4, 0.75}[account.tier() - 1]);
        String renewalOf = null;
        while (true) {
            LocalDate end = start.plusMonths(term(dice, account.tier(), start)).minusDays(1);
            DemoContract current = contract(account, start, end, mrr, autoRenew, renewalOf, product);
            contracts.add(current);
            if (!end.isBefore(DemoDataSet.ANCHOR)) {
                // Running on past the anchor; some customers due soon have signed their renewal already.
                if (!churns && !end.isAfter(DemoDataSet.ANCHOR.plusDays(150)) && dice.chance(0.35)) {
                    LocalDate next = end.plusDays(1);
                    LocalDate nextEnd = next.plusMonths(term(dice, account.tier(), next)).minusDays(1);
                    contracts.add(contract(account, next, nextEnd, renewed(dice, mrr, account), autoRenew,
                            current.id(), product));
                }
                return null;
            }
            if (churns && end.isAfter(DemoDataSet.HISTORY_START)) {
                reactivation(dice, account, end, mrr, product, contracts);
                return end;
            }
            start = end.plusDays(1);
            mrr = renewed(dice, mrr, account);
            renewalOf = current.id();
        }
    }

    /** Some churned customers come back after a gap with a fresh, smaller contract that renews nothing. */
    private void reactivation(Dice dice, DemoAccount account, LocalDate churnedAfter, BigDecimal mrr, String product,
            List<DemoContract> contracts) {
        LocalDate restart = churnedAfter.plusDays(dice.between(60, 200));
        if (restart.isBefore(DemoDataSet.ANCHOR.minusDays(30)) && dice.chance(0.4)) {
            contracts.add(contract(account, restart, restart.plusYears(1).minusDays(1),
                    roundedMrr(mrr.doubleValue() * 0.7), true, null, product));
        }
    }

    /** An add-on bought a few months in, renewed yearly, ending with the account's churn at the latest. */
    private void addOnChain(Dice dice, DemoAccount account, List<DemoContract> contracts, LocalDate accountEnd) {
        LocalDate start = contracts.get(0).start().plusMonths(dice.between(3, 18));
        if (!start.isBefore(DemoDataSet.ANCHOR) || (accountEnd != null && !start.isBefore(accountEnd))) {
            return;
        }
        String product = dice.pick(ADD_ONS);
        BigDecimal mrr = roundedMrr(contracts.get(0).mrr().doubleValue() * dice.between(0.15, 0.35));
        String renewalOf = null;
        while (true) {
            LocalDate end = start.plusYears(1).minusDays(1);
            if (accountEnd != null && end.isAfter(accountEnd)) {
                end = accountEnd;
            }
            DemoContract current = contract(account, start, end, mrr, true, renewalOf, product);
            contracts.add(current);
            boolean dropped = account.sentiment() != Sentiment.PROMOTER && dice.chance(0.2);
            if (!end.isBefore(DemoDataSet.ANCHOR) || end.equals(accountEnd) || dropped) {
                return;
            }
            start = end.plusDays(1);
            mrr = renewed(dice, mrr, account);
            renewalOf = current.id();
        }
    }

    /** The 24 complete months before the anchor's month: revenue near MRR, sometimes services on top. */
    private void revenue(Dice dice, DemoAccount account, List<DemoContract> contracts) {
        double marginRate = dice.between(0.35, 0.75);
        YearMonth last = YearMonth.from(DemoDataSet.ANCHOR).minusMonths(1);
        for (YearMonth month = last.minusMonths(23); !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate mid = month.atDay(15);
            double mrr = contracts.stream().filter(c -> c.covers(mid)).mapToDouble(c -> c.mrr().doubleValue()).sum();
            if (mrr == 0) {
                continue;
            }
            double amount = mrr * dice.between(0.97, 1.03) + (dice.chance(0.05) ? dice.between(1000.0, 8000.0) : 0);
            revenue.row(account.id(), month, money(amount), money(amount * marginRate));
        }
    }

    private DemoContract contract(DemoAccount account, LocalDate start, LocalDate end, BigDecimal mrr,
            boolean autoRenew, String renewalOf, String product) {
        return new DemoContract(String.format(Locale.ROOT, "ctr-%04d", ++sequence), account.id(), start, end, mrr,
                account.currency(), autoRenew, renewalOf, product);
    }

    /** Months of a contract starting on {@code start}; no contract runs past {@link #LAST_END}. */
    private static int term(Dice dice, int tier, LocalDate start) {
        int months = switch (tier) {
            case 1 -> dice.chance(0.5) ? 24 : 36;
            case 2 -> dice.chance(0.7) ? 12 : 24;
            default -> 12;
        };
        while (months > 12 && start.plusMonths(months).isAfter(LAST_END.plusDays(1))) {
            months -= 12;
        }
        return months;
    }

    /** The MRR of a renewal: expansion and contraction follow the account's sentiment. */
    private static BigDecimal renewed(Dice dice, BigDecimal mrr, DemoAccount account) {
        int[] weights = switch (account.sentiment()) {
            case PROMOTER -> new int[] {45, 5, 50};
            case PASSIVE -> new int[] {25, 15, 60};
            case DETRACTOR -> new int[] {10, 35, 55};
        };
        double factor = switch (dice.weighted(weights)) {
            case 0 -> 1 + dice.between(0.05, 0.35);
            case 1 -> 1 - dice.between(0.05, 0.3);
            default -> dice.chance(0.5) ? 1.0 : 1.03;
        };
        return roundedMrr(mrr.doubleValue() * factor);
    }

    /** Whole tens, as price lists have them. */
    private static BigDecimal roundedMrr(double value) {
        return BigDecimal.valueOf(Math.max(10, Math.round(value / 10) * 10)).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
