package org.accountsuccess.benchmarks.tenant;

import static org.accountsuccess.benchmarks.tenant.TenantFootprint.mib;
import static org.accountsuccess.benchmarks.tenant.TenantFootprint.usedHeapAfterGc;

import java.lang.ref.Reference;

import org.accountsuccess.kpi.index.FactIndex;

/**
 * Prints what the fact index costs for a generated tenant: the time to read it from the host
 * (the best of three reads, after one warm-up read) and the heap it keeps, measured as used heap
 * after full collections with and without it, next to its own estimate.
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar org.accountsuccess.benchmarks.tenant.IndexFootprint M</pre>
 */
public final class IndexFootprint {
    private IndexFootprint() {
    }

    public static void main(String[] args) {
        TenantSize size = TenantSize.valueOf(args.length > 0 ? args[0] : "M");
        InMemoryHost host = TenantGenerator.generate(size, TenantGenerator.DEFAULT_SEED);
        FactIndex.Source source = new FactIndex.Source(host, host, host, host, host, null);
        long best = Long.MAX_VALUE;
        for (int read = 0; read < 4; read++) {
            long start = System.nanoTime();
            FactIndex index = FactIndex.read(source);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Reference.reachabilityFence(index);
            if (read > 0) {
                best = Math.min(best, millis);
            }
        }
        long before = usedHeapAfterGc();
        FactIndex index = FactIndex.read(source);
        long after = usedHeapAfterGc();
        System.out.printf("size %s: %s%n", size, host.counts());
        System.out.printf("index read in %d ms (best of 3); heap kept by the index %.1f MiB (its own estimate %.1f MiB,"
                + " max heap %.0f MiB)%n", best, mib(after - before), mib(index.footprint().bytes()),
                mib(Runtime.getRuntime().maxMemory()));
        Reference.reachabilityFence(index);
        Reference.reachabilityFence(host);
    }
}
