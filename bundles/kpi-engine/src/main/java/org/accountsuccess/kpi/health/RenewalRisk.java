package org.accountsuccess.kpi.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.renewal.PipelineEntry;
import org.accountsuccess.api.renewal.RenewalPipeline;
import org.accountsuccess.api.scorecard.RenewalDue;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.accountsuccess.kpi.nps.AccountNps;
import org.accountsuccess.kpi.KpiParameters;

/**
 * The renewal pipeline and its risk order: red first, then accounts without a health score (nothing
 * is known, which is a risk too), then yellow, then green; within a rank lower health first, then
 * larger ARR at stake, then sooner end, then contract id.
 */
public final class RenewalRisk {
    /** Riskiest first. */
    public static final Comparator<PipelineEntry> ORDER = Comparator
            .comparingInt((PipelineEntry e) -> rank(e))
            .thenComparingDouble(e -> e.health().orElse(0))
            .thenComparing(PipelineEntry::arrAtStake, Comparator.reverseOrder())
            .thenComparingLong(PipelineEntry::daysUntilEnd)
            .thenComparing(e -> e.contract().id());

    private final LocalDate asOf;
    private final LocalDate last;
    private final KpiParameters parameters;
    private final CurrencyConverter converter;
    private final List<PipelineEntry> entries = new ArrayList<>();

    /** A pipeline of the contracts ending from {@code asOf} to {@code asOf + days}. */
    public RenewalRisk(LocalDate asOf, int days, KpiParameters parameters, CurrencyConverter converter) {
        if (days < 0) {
            throw new IllegalArgumentException("the pipeline horizon is " + days + " days, must be >= 0");
        }
        this.asOf = asOf;
        this.last = asOf.plusDays(days);
        this.parameters = parameters;
        this.converter = converter;
    }

    /** The last end date included. */
    public LocalDate last() {
        return last;
    }

    /** Adds the account's due contracts not yet renewed, with its health on the as-of day. */
    public void add(AccountFacts facts, HealthScore health) {
        if (!facts.asOf().equals(asOf)) {
            throw new IllegalArgumentException("facts as of " + facts.asOf() + " in a pipeline as of " + asOf);
        }
        var decisionMakers = AccountNps.classOf(facts.decisionMakerNps(), parameters);
        for (RenewalDue due : facts.dueUnrenewed(last, converter)) {
            entries.add(new PipelineEntry(due.contract(), facts.account(), due.daysUntilEnd(), due.arrAtStake(),
                    health.score(), health.band(), decisionMakers));
        }
    }

    public RenewalPipeline pipeline() {
        List<PipelineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        BigDecimal total = sorted.stream().map(PipelineEntry::arrAtStake).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RenewalPipeline(asOf, last, converter.baseCurrency(), total, sorted);
    }

    private static int rank(PipelineEntry e) {
        if (e.band().isEmpty()) {
            return 1;
        }
        return switch (e.band().get()) {
            case RED -> 0;
            case YELLOW -> 2;
            case GREEN -> 3;
        };
    }
}
