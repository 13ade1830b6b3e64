package org.accountsuccess.benchmarks;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.renewal.CalibrationBin;
import org.accountsuccess.api.renewal.ForecastModel;
import org.accountsuccess.api.renewal.RenewalForecast;
import org.accountsuccess.benchmarks.tenant.InMemoryHost;
import org.accountsuccess.benchmarks.tenant.TenantGenerator;
import org.accountsuccess.benchmarks.tenant.TenantSize;
import org.accountsuccess.core.HealthComponent;
import org.accountsuccess.core.HealthConfiguration;
import org.accountsuccess.core.HostBinding;
import org.accountsuccess.core.HostPorts;
import org.accountsuccess.core.KpiSettings;
import org.accountsuccess.core.RenewalForecastComponent;
import org.accountsuccess.kpi.KpiParameters;

/**
 * The renewal forecast's quality on a generated tenant, and what its first call costs: the model
 * fitted on the tenant's past due contracts with the default settings, its Brier score on the
 * holdout against the base rate's and its calibration, then the forecast of the next 120 days.
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar org.accountsuccess.benchmarks.ForecastQuality M</pre>
 */
public final class ForecastQuality {
    private ForecastQuality() {
    }

    public static void main(String[] args) {
        TenantSize size = TenantSize.valueOf(args.length > 0 ? args[0] : "M");
        InMemoryHost host = TenantGenerator.generate(size, TenantGenerator.DEFAULT_SEED);
        HostBinding binding = HostBinding.versioned(new HostPorts(host, host, host, host, host, null, null), () -> 1L,
                16);
        binding.refresh();
        KpiParameters parameters = KpiParameters.defaults();
        KpiSettings settings = () -> parameters;
        HealthConfiguration config = AnalyticsBenchmark.defaults(HealthConfiguration.class);
        HealthComponent health = new HealthComponent(binding, settings, config);
        RenewalForecastComponent forecasts = new RenewalForecastComponent(binding, settings, health, config);
        var asOf = TenantGenerator.AS_OF;
        long start = System.nanoTime();
        RenewalForecast forecast = forecasts.forecast(asOf, asOf, asOf.plusDays(120), AccountFilter.ALL);
        long first = System.nanoTime();
        forecasts.forecast(asOf, asOf, asOf.plusDays(120), AccountFilter.ALL);
        long second = System.nanoTime();
        ForecastModel m = forecast.model();
        System.out.printf("size %s: %s%nfirst call %.0f ms, second %.1f ms%n", size, host.counts(),
                (first - start) / 1e6, (second - first) / 1e6);
        System.out.printf("method %s (%s); %d past outcomes, %d renewed (base rate %s); fitted on %d, tested on %d:"
                + " Brier %s against the base rate's %s%n", m.method(), m.reason(), m.outcomes(), m.renewed(),
                m.baseRate(), m.training(), m.holdout(), m.brier(), m.baseRateBrier());
        for (CalibrationBin bin : m.calibration()) {
            System.out.println("  " + bin);
        }
        System.out.printf("next 120 days: %d contracts, ARR at stake %s, base %s, downside %s, upside %s%n",
                forecast.entries().size(), forecast.arrAtStake(), forecast.base().orElse(null),
                forecast.downside().orElse(null), forecast.upside().orElse(null));
        System.out.println("coefficients " + m.coefficients());
    }
}
