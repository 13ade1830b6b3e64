package org.accountsuccess.benchmarks;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.topics.TopicReport;
import org.accountsuccess.benchmarks.tenant.InMemoryHost;
import org.accountsuccess.benchmarks.tenant.TenantGenerator;
import org.accountsuccess.benchmarks.tenant.TenantSize;
import org.accountsuccess.core.HostBinding;
import org.accountsuccess.core.HostPorts;
import org.accountsuccess.core.TopicsComponent;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.KpiParameters;

/**
 * What the comment topics cost as the product serves them: the tenant read into the fact index
 * once (as on the first call after a start), then the topics of every account over the last year
 * on the first call (every comment of the two years analysed), again (from the result cache), and
 * over a quarter (a new report from the analyses already made). A first call is what a user waits
 * for once per data version, so it is timed once, not averaged by JMH.
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar org.accountsuccess.benchmarks.TopicsFirstCall M</pre>
 */
public final class TopicsFirstCall {
    private TopicsFirstCall() {
    }

    public static void main(String[] args) {
        TenantSize size = TenantSize.valueOf(args.length > 0 ? args[0] : "M");
        InMemoryHost host = TenantGenerator.generate(size, TenantGenerator.DEFAULT_SEED);
        HostBinding binding = HostBinding.versioned(new HostPorts(host, host, host, host, host, null, null), () -> 1L,
                16);
        long start = System.nanoTime();
        binding.refresh();
        System.out.printf("size %s: %s; fact index read in %d ms%n", size, host.counts(),
                (System.nanoTime() - start) / 1_000_000);
        KpiParameters parameters = KpiParameters.defaults();
        TopicsComponent topics = new TopicsComponent(binding, () -> parameters, null);
        LocalDate asOf = TenantGenerator.AS_OF;
        DateWindow year = DateWindow.lookback(asOf, 365);
        DateWindow quarter = DateWindow.lookback(asOf, 91);
        time("first call, last 365 days", () -> topics.topics(year, AccountFilter.ALL));
        time("second call (cached)", () -> topics.topics(year, AccountFilter.ALL));
        time("last 91 days (comments already analysed)", () -> topics.topics(quarter, AccountFilter.ALL));
    }

    private static void time(String what, Supplier<TopicReport> call) {
        long start = System.nanoTime();
        TopicReport report = call.get();
        double millis = (System.nanoTime() - start) / 1e6;
        System.out.printf("%s: %.1f ms; %d responses, %d comments (%d de, %d en, %d other), %d topics, top: %s%n",
                what, millis, report.responses(), report.comments(), report.german(), report.english(),
                report.otherLanguage(), report.topics().size(),
                report.topics().isEmpty() ? "-" : report.topics().get(0).label() + " (" + report.topics().get(0)
                        .mentions() + ")");
    }
}
