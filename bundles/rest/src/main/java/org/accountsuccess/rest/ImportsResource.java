package org.accountsuccess.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.data.DataVersionService;
import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.dataset.ImportReport;
import org.accountsuccess.rest.access.Audit;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.problem.BadParameterException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Imports a data set uploaded as the multipart field {@code file} (a .zip in the data format), for
 * admins only. A bad data set answers 422 with every bad row, and nothing is changed.
 */
@Component(service = ImportsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@javax.ws.rs.Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {
    private final DataSetService dataSets;

    /** Present with the services: an import answers once its figures are served. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile DataVersionService versions;

    @Activate
    public ImportsResource(@Reference DataSetService dataSets) {
        this.dataSets = dataSets;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ImportReport importDataSet(@Context SecurityContext security, @QueryParam("mode") String mode,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws IOException, DataSetRejectedException {
        Caller caller = Caller.of(security);
        caller.require(ProductRole.ADMIN);
        ImportMode importMode = Params.choice("mode", mode, ImportMode.class, ImportMode.MERGE);
        byte[] zip = MultipartFile.read(contentType, body, "file");
        if (zip.length == 0) {
            throw new BadParameterException("file", "file: the uploaded file is empty");
        }
        Path upload = Files.createTempFile("account-success-import-", ".zip");
        try {
            Files.write(upload, zip);
            ImportReport report;
            try {
                report = dataSets.importDataSet(upload, importMode, ImportProgress.NONE);
            } catch (IOException e) {
                // The upload was written whole just now: what the store cannot read is the upload's fault
                // (not a zip, damaged, zip slip, too many entries, a zip bomb), a 400 that says why.
                String reason = String.valueOf(e.getMessage()).replace(upload.toString(), "the uploaded file");
                Audit.LOG.warn("Import by '{}' refused ({} bytes): {}", caller.user(), zip.length, reason);
                throw new BadParameterException("file", "file: " + reason);
            } catch (DataSetRejectedException e) {
                Audit.LOG.warn("Import by '{}' rejected: {} bad row(s), nothing changed", caller.user(),
                        e.errors().size());
                throw e;
            }
            Audit.LOG.info("Import by '{}' ({}): {} rows in {} ms", caller.user(), importMode, report.rows(),
                    report.millis());
            DataVersionService current = versions;
            if (current != null) {
                current.refresh();
            }
            return report;
        } finally {
            Files.deleteIfExists(upload);
        }
    }
}
