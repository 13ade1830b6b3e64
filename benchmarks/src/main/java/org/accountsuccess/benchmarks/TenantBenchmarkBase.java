package org.accountsuccess.benchmarks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.accountsuccess.benchmarks.tenant.InMemoryHost;
import org.accountsuccess.benchmarks.tenant.TenantGenerator;
import org.accountsuccess.benchmarks.tenant.TenantSize;
import org.accountsuccess.core.HostBinding;
import org.accountsuccess.core.HostPorts;
import org.accountsuccess.core.KpiSettings;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.KpiParameters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The tenant setup the benchmark classes share: a tenant of size {@link #size} generated once per
 * trial, held by {@link InMemoryHost}, bound as the components' host (through the fact index or
 * directly, {@link #path}), and 1,024 accounts spread
 * over the tenant for the single-account benchmarks. Subclasses build their components in
 * {@link #bind()}. Single-threaded: the account cursor is not shared safely between threads.
 */
@State(Scope.Benchmark)
public abstract class TenantBenchmarkBase {
    static final LocalDate AS_OF = TenantGenerator.AS_OF;
    static final DateWindow YEAR = DateWindow.lookback(AS_OF, 365);
    static final KpiParameters PARAMETERS = KpiParameters.defaults();
    /** Accounts the single-account benchmarks visit in turn, spread over the tenant. */
    static final int VISITED_ACCOUNTS = 1_024;

    @Param({"S", "M", "L"})
    public TenantSize size;

    /**
     * Where the components read the tenant: {@code index}, the fact index the product serves from
     * (read once per trial; no result cache, so every call computes), or {@code direct}, the host
     * itself at every call (the reference path).
     */
    @Param({"index", "direct"})
    public String path;

    InMemoryHost host;
    HostBinding binding;
    KpiSettings settings;
    private String[] accountIds;
    private int nextAccount;

    @Setup(Level.Trial)
    public void generateTenant() {
        host = TenantGenerator.generate(size, TenantGenerator.DEFAULT_SEED);
        binding = switch (path) {
            case "index" -> HostBinding.versioned(new HostPorts(host, host, host, host, host, null, null), () -> 1L, 0);
            case "direct" -> new HostBinding(host, host, host, host, host, null, null);
            default -> throw new IllegalArgumentException("path: '" + path + "' is neither index nor direct");
        };
        settings = () -> PARAMETERS;
        List<String> all = host.accounts().map(Account::id).toList();
        accountIds = new String[Math.min(VISITED_ACCOUNTS, all.size())];
        Arrays.setAll(accountIds, i -> all.get((int) ((long) i * all.size() / accountIds.length)));
        nextAccount = 0;
        bind();
    }

    /** Builds the components measured, over {@link #binding} and {@link #settings}. */
    abstract void bind();

    /** The next of the visited accounts, in turn. */
    String nextAccountId() {
        String accountId = accountIds[nextAccount];
        nextAccount = (nextAccount + 1) % accountIds.length;
        return accountId;
    }
}
