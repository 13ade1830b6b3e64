package org.accountsuccess.core;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.List;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.renewal.RenewalPipeline;
import org.accountsuccess.api.renewal.RenewalPipelineService;
import org.accountsuccess.core.HostReader.Feed;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.health.RenewalRisk;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The renewal pipeline: contracts due in the next days and not yet renewed, with the account's
 * health, decision-maker loyalty and ARR at stake, riskiest first. Its default horizon is
 * {@code pipeline.days} of {@value HealthConfiguration#PID} (described there).
 */
@Component(service = RenewalPipelineService.class, configurationPid = HealthConfiguration.PID)
public class RenewalPipelineComponent extends HostBackedComponent implements RenewalPipelineService {
    private final AccountHealth health;
    private volatile int defaultDays;

    @Activate
    public RenewalPipelineComponent(@Reference(name = "host") HostBinding host,
            @Reference(name = "settings") KpiSettings settings, @Reference(name = "health") AccountHealth health,
            HealthConfiguration config) {
        super(host, settings);
        this.health = health;
        configure(config);
    }

    @Modified
    void configure(HealthConfiguration config) {
        if (config.pipeline_days() < 0) {
            throw new IllegalArgumentException(HealthConfiguration.PID + ": 'pipeline.days' is "
                    + config.pipeline_days() + ", must be >= 0");
        }
        defaultDays = config.pipeline_days();
    }

    @Override
    public RenewalPipeline pipeline(LocalDate asOf, OptionalInt days, AccountFilter filter) {
        int horizon = days.orElse(defaultDays);
        return cached("pipeline", List.of(asOf, horizon, filter, health.revision()), reader -> {
            CurrencyConverter converter = reader.converter();
            RenewalRisk risk = new RenewalRisk(asOf, horizon, reader.parameters(), converter);
            Function<AccountFacts, HealthScore> scorer = health.scorer(converter);
            for (AccountFacts facts : reader.portfolioAsOf(reader.accounts(filter), asOf, EnumSet.allOf(Feed.class))
                    .accounts()) {
                if (!facts.dueUnrenewed(risk.last(), converter).isEmpty()) {
                    risk.add(facts, scorer.apply(facts));
                }
            }
            return risk.pipeline();
        });
    }
}
