package org.accountsuccess.kpi.lifecycle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.lifecycle.ClassShare;
import org.accountsuccess.api.lifecycle.LifecycleReport;
import org.accountsuccess.api.lifecycle.ParetoPart;
import org.accountsuccess.api.lifecycle.RankedAccount;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.kpi.retention.Mrr;
import org.accountsuccess.kpi.retention.RetentionLedger;

/**
 * The lifecycle (Pareto) view: accounts with ARR above zero, by ARR descending then id; the head
 * is the smallest prefix whose ARR reaches the head share of the total.
 */
public final class ParetoRanking {
    private ParetoRanking() {
    }

    /** @param headShare above 0, at most 1 */
    public static LifecycleReport of(AccountPortfolio portfolio, CurrencyConverter converter, double headShare) {
        if (!(headShare > 0 && headShare <= 1)) {
            throw new IllegalArgumentException("head share " + headShare + " is not above 0 and at most 1");
        }
        record Ranked(AccountFacts facts, BigDecimal arr, LoyaltyClass loyaltyClass) {
        }
        List<Ranked> ranked = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (AccountFacts facts : portfolio.accounts()) {
            BigDecimal arr = facts.mrrOn(facts.asOf(), converter).multiply(Mrr.TWELVE);
            if (arr.signum() > 0) {
                ranked.add(new Ranked(facts, arr, facts.loyalty().loyaltyClass()));
                total = total.add(arr);
            }
        }
        ranked.sort(Comparator.comparing(Ranked::arr, Comparator.reverseOrder())
                .thenComparing(r -> r.facts().account().id()));
        BigDecimal target = total.multiply(BigDecimal.valueOf(headShare));
        List<RankedAccount> ranking = new ArrayList<>();
        Map<LoyaltyClass, ClassShare> head = new EnumMap<>(LoyaltyClass.class);
        Map<LoyaltyClass, ClassShare> tail = new EnumMap<>(LoyaltyClass.class);
        BigDecimal cumulative = BigDecimal.ZERO;
        boolean headReached = false;
        for (Ranked r : ranked) {
            boolean inHead = !headReached;
            cumulative = cumulative.add(r.arr());
            headReached = headReached || cumulative.compareTo(target) >= 0;
            ranking.add(new RankedAccount(ranking.size() + 1, r.facts().account().id(), r.facts().account().name(),
                    r.arr(), cumulative.divide(total, MathContext.DECIMAL64).doubleValue(), r.loyaltyClass(), inHead));
            (inHead ? head : tail).merge(r.loyaltyClass(), new ClassShare(r.loyaltyClass(), 1, r.arr()),
                    (a, b) -> new ClassShare(a.loyaltyClass(), a.accounts() + 1, a.arr().add(b.arr())));
        }
        return new LifecycleReport(portfolio.asOf(), converter.baseCurrency(), headShare, ranked.size(), total,
                part(head, total), part(tail, total), ranking);
    }

    private static ParetoPart part(Map<LoyaltyClass, ClassShare> byClass, BigDecimal total) {
        List<ClassShare> shares = new ArrayList<>();
        int accounts = 0;
        BigDecimal arr = BigDecimal.ZERO;
        for (LoyaltyClass c : LoyaltyClass.values()) {
            ClassShare share = byClass.getOrDefault(c, new ClassShare(c, 0, BigDecimal.ZERO));
            shares.add(share);
            accounts += share.accounts();
            arr = arr.add(share.arr());
        }
        return new ParetoPart(accounts, arr, RetentionLedger.ratio(arr, total), shares);
    }
}
