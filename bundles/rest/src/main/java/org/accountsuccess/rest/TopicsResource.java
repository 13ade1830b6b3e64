package org.accountsuccess.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.accountsuccess.api.topics.TermContrast;
import org.accountsuccess.api.topics.Topic;
import org.accountsuccess.api.topics.TopicComment;
import org.accountsuccess.api.topics.TopicReport;
import org.accountsuccess.api.topics.TopicService;
import org.accountsuccess.rest.access.AccountScopes;
import org.accountsuccess.rest.access.Caller;
import org.accountsuccess.rest.problem.BadParameterException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Topics and sentiment of the comments of the caller's accounts (default window: the 365 days to
 * today), and the comments of one topic. One account's topics are at {@code /accounts/{id}/topics}.
 */
@Component(service = TopicsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicsResource {
    /**
     * The report's window and counts at the top level, and one page of each list.
     *
     * @param topics the topics by mentions descending
     * @param detractorTerms the terms detractors use more than promoters, by G² descending
     */
    public record Topics(@JsonUnwrapped @JsonIgnoreProperties({"topics", "detractorTerms"}) TopicReport report,
            Page<Topic> topics, Page<TermContrast> detractorTerms) {
        static Topics of(TopicReport report, Paging paging) {
            return new Topics(report, paging.page(report.topics()), paging.page(report.detractorTerms()));
        }
    }

    private final TopicService topics;
    private final AccountScopes scopes;

    @Activate
    public TopicsResource(@Reference TopicService topics, @Reference AccountScopes scopes) {
        this.topics = topics;
        this.scopes = scopes;
    }

    @GET
    public Topics topics(@Context SecurityContext security, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("segment") String segment, @QueryParam("tier") String tier,
            @QueryParam("owner") String owner, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        var window = Params.window(from, to, LocalDate.now());
        var paging = Paging.of(offset, limit);
        var filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        return Topics.of(topics.topics(window, filter), paging);
    }

    @GET
    @Path("{key}/comments")
    public Page<TopicComment> comments(@Context SecurityContext security, @PathParam("key") String key,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("segment") String segment,
            @QueryParam("tier") String tier, @QueryParam("owner") String owner, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        String topic = Params.topic("key", key);
        if (topic == null) {
            throw new BadParameterException("key", "key: the topic key is empty");
        }
        var window = Params.window(from, to, LocalDate.now());
        var paging = Paging.of(offset, limit);
        var filter = scopes.of(Caller.of(security)).narrow(Params.accounts(segment, tier, owner));
        return paging.page(topics.comments(window, filter, topic));
    }
}
