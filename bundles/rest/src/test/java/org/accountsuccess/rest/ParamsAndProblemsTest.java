package org.accountsuccess.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.Response;

import org.accountsuccess.api.Cut;
import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.dataset.RowError;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.HostUnavailableException;
import org.accountsuccess.rest.json.RecordJsonWriter;
import org.accountsuccess.rest.problem.BadParameterException;
import org.accountsuccess.rest.problem.BadParameterMapper;
import org.accountsuccess.rest.problem.DataSetRejectedMapper;
import org.accountsuccess.rest.problem.HostUnavailableMapper;
import org.accountsuccess.rest.problem.Problem;
import org.accountsuccess.rest.problem.UnexpectedErrorMapper;
import org.accountsuccess.rest.problem.WebApplicationMapper;
import org.junit.jupiter.api.Test;

class ParamsAndProblemsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    @Test
    void windowsDefaultToTheYearUpToTodayAndNameTheBadParameter() {
        assertThat(Params.window(null, null, TODAY)).isEqualTo(new DateWindow(LocalDate.of(2025, 11, 16), TODAY));
        assertThat(Params.window(null, "2026-06-30", TODAY).from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThatThrownBy(() -> Params.window("2026-1-5", null, TODAY)).isInstanceOf(BadParameterException.class)
                .hasMessage("from: '2026-1-5' is not a date (expected YYYY-MM-DD)").extracting("parameter")
                .isEqualTo("from");
        assertThatThrownBy(() -> Params.window(null, "2026-02-30", TODAY)).extracting("parameter").isEqualTo("to");
        // far-off dates (they made the engine's date arithmetic overflow: 500) are refused naming the parameter
        assertThatThrownBy(() -> Params.window(null, "+999999999-12-31", TODAY)).isInstanceOf(BadParameterException.class)
                .hasMessage("to: +999999999-12-31 is outside the years 1900 to 2999 that figures are computed for")
                .extracting("parameter").isEqualTo("to");
        assertThatThrownBy(() -> Params.date("asOf", "1899-12-31", TODAY)).extracting("parameter").isEqualTo("asOf");
        assertThat(Params.date("asOf", "2999-12-31", TODAY)).isEqualTo(LocalDate.of(2999, 12, 31));
        assertThatThrownBy(() -> Params.window("2026-11-16", "2026-11-15", TODAY))
                .hasMessageContaining("the window is inverted").extracting("parameter").isEqualTo("from");
        assertThatThrownBy(() -> Params.limit("501")).extracting("parameter").isEqualTo("limit");
        assertThat(Params.flag("insufficient", "TRUE")).isTrue();
        assertThatThrownBy(() -> Params.flag("insufficient", "yes")).extracting("parameter").isEqualTo("insufficient");
        assertThatThrownBy(() -> Params.offset("-1")).extracting("parameter").isEqualTo("offset");
        assertThatThrownBy(() -> Params.choice("level", "household", org.accountsuccess.api.nps.NpsLevel.class, null))
                .hasMessage("level: 'household' is not one of response, contact, account");
    }

    @Test
    void problemsAreProblemJsonNamingTheParameter() throws Exception {
        Response answer = new BadParameterMapper().toResponse(new BadParameterException("asOf", "asOf: 'x' is not a date"));
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(RecordJsonWriter.write(answer.getEntity())).isEqualTo("{\"type\":\"about:blank\",\"title\":"
                + "\"Bad Request\",\"status\":400,\"detail\":\"asOf: 'x' is not a date\",\"parameter\":\"asOf\"}");
    }

    @Test
    void aRejectedDataSetIs422WithEveryBadRow() throws Exception {
        var rows = List.of(new RowError("accounts.csv", 3, "tier", "4", "is not an integer from 1 to 3"),
                new RowError("contacts.csv", 4, "role", "Z", "is not one of A, B, C"));
        Response answer = new DataSetRejectedMapper().toResponse(new DataSetRejectedException(rows));
        assertThat(answer.getStatus()).isEqualTo(422);
        Problem problem = (Problem) answer.getEntity();
        assertThat(problem.errors()).isEqualTo(rows);
        assertThat(RecordJsonWriter.write(problem)).contains("\"title\":\"Unprocessable Content\"",
                "{\"file\":\"contacts.csv\",\"line\":4,\"column\":\"role\",\"value\":\"Z\",\"reason\":\"is not one of A, B, C\"}");
    }

    @Test
    void runtimeAndUnexpectedErrorsCarryNoStackTrace() throws Exception {
        Response notFound = new WebApplicationMapper().toResponse(new NotFoundException());
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(((Problem) notFound.getEntity()).detail()).isEqualTo("no such resource");
        Response failed = new UnexpectedErrorMapper().toResponse(new IllegalStateException("secret detail"));
        assertThat(failed.getStatus()).isEqualTo(500);
        assertThat(RecordJsonWriter.write(failed.getEntity())).doesNotContain("secret", "Exception", "at org.");
    }

    @Test
    void aHostWithoutDataIs503NamingIt() throws Exception {
        Response answer = new HostUnavailableMapper().toResponse(
                new HostUnavailableException("Tryton at http://127.0.0.1:8000/ (database crm) has not answered yet"));
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(RecordJsonWriter.write(answer.getEntity())).contains("\"title\":\"Service Unavailable\"",
                "\"detail\":\"Tryton at http://127.0.0.1:8000/ (database crm) has not answered yet\"");
    }

    @Test
    void retentionHasTheReportsFieldsAtTheTopAndGroupsOnlyWhenAsked() throws Exception {
        var report = new RetentionReport(new DateWindow(TODAY.minusDays(9), TODAY), 2, 1, 0, 0, new BigDecimal("100.50"),
                BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO,
                OptionalDouble.of(0.9), OptionalDouble.of(0.91), OptionalDouble.of(0.1), OptionalDouble.of(0.09),
                OptionalDouble.of(0.5), OptionalDouble.empty(), OptionalDouble.of(0.1));
        String overall = RecordJsonWriter.write(new RetentionResource.Retention(report, null));
        assertThat(overall).startsWith("{\"period\":{\"from\":\"2026-11-06\",\"to\":\"2026-11-15\"},\"cohort\":2,")
                .contains("\"startMrr\":100.50", "\"nrr\":0.91", "\"logoChurn\":null").doesNotContain("groups");
        String grouped = RecordJsonWriter.write(new RetentionResource.Retention(report, List.of(new Cut<>("SMB", report))));
        assertThat(grouped).contains("\"groups\":[{\"key\":\"SMB\",\"report\":{\"period\"");
    }

    @Test
    void theFileFieldOfAMultipartBody() throws Exception {
        String body = "--xyz\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\nPK\u0003\u0004data\r\n--xyz--\r\n";
        byte[] file = MultipartFile.read("multipart/form-data; boundary=xyz",
                new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)), "file");
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).isEqualTo("PK\u0003\u0004data");
        assertThatThrownBy(() -> MultipartFile.read("multipart/form-data; boundary=xyz",
                new ByteArrayInputStream("--xyz--\r\n".getBytes(StandardCharsets.ISO_8859_1)), "file"))
                .isInstanceOf(BadParameterException.class).hasMessage("the multipart body has no field 'file'");
        assertThatThrownBy(() -> MultipartFile.read("application/zip", new ByteArrayInputStream(new byte[1]), "file"))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("file");
    }
}
