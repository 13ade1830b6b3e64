package org.accountsuccess.example.invoices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.accountsuccess.api.health.FactorEvaluation;
import org.accountsuccess.api.health.HealthFactor;
import org.accountsuccess.host.spi.Account;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An integrator's health factor: {@code open-invoices}, from a CSV of invoices an ERP exports. It is
 * a {@link HealthFactor} service with the property {@value HealthFactor#NAME}; the health score
 * picks it up while it is registered. A file that cannot be read is logged naming the file and line,
 * and the factor then has no data for any account (the health score lists it as missing) until the
 * file is fixed: it is read again when it changes.
 */
@Component(service = HealthFactor.class, configurationPid = OpenInvoicesConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = HealthFactor.NAME + "=" + OpenInvoicesFactor.NAME)
@Designate(ocd = OpenInvoicesConfiguration.class)
public class OpenInvoicesFactor implements HealthFactor {
    static final String NAME = "open-invoices";
    private static final Logger LOG = LoggerFactory.getLogger(OpenInvoicesFactor.class);

    /** The invoices by account as read from the file with this modification time; none when it was bad. */
    private record Snapshot(FileTime modified, Map<String, List<Invoice>> byAccount) {
    }

    private final Path file;
    private Snapshot snapshot;

    @Activate
    public OpenInvoicesFactor(OpenInvoicesConfiguration config) {
        if (config.file() == null || config.file().isBlank()) {
            throw new IllegalArgumentException(OpenInvoicesConfiguration.PID + ": file is required");
        }
        this.file = Path.of(config.file().strip());
        current();
    }

    @Override
    public Optional<FactorEvaluation> evaluate(Account account, LocalDate asOf) {
        List<Invoice> invoices = current().byAccount().get(account.id());
        return invoices == null ? Optional.empty() : OpenInvoices.evaluate(invoices, asOf);
    }

    /** The invoices of the file as it is now, read again when its modification time changed. */
    private synchronized Snapshot current() {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            modified = null;
        }
        if (snapshot != null && Objects.equals(snapshot.modified(), modified)) {
            return snapshot;
        }
        Map<String, List<Invoice>> byAccount = Map.of();
        try {
            byAccount = InvoiceFile.read(file).stream().collect(Collectors.groupingBy(Invoice::accountId));
            LOG.info("open-invoices factor: {} invoice(s) of {} account(s) read from {}",
                    byAccount.values().stream().mapToInt(List::size).sum(), byAccount.size(), file);
        } catch (IOException e) {
            LOG.error("open-invoices factor: {} cannot be read ({}); the factor has no data until it can",
                    file, e.toString());
        } catch (IllegalArgumentException e) {
            LOG.error("open-invoices factor: {}; the factor has no data until the file is fixed", e.getMessage());
        }
        snapshot = new Snapshot(modified, byAccount);
        return snapshot;
    }
}
