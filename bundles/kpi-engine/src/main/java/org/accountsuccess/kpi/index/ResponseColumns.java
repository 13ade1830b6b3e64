package org.accountsuccess.kpi.index;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.DriverTag;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.TimeRange;

/** Survey responses and invitations grouped by contact code. */
final class ResponseColumns {
    private final Dictionary<String> contactIds;
    private final Dictionary<String> surveys;
    private final Dictionary<List<DriverTag>> driverLists;
    private final TimedRows responses;
    private final byte[] score;
    private final int[] survey;
    private final TextColumn comments;
    private final int[] drivers;
    private final TimedRows invitations;
    private final int[] invitationSurvey;

    private ResponseColumns(Dictionary<String> contactIds, Dictionary<String> surveys,
            Dictionary<List<DriverTag>> driverLists, TimedRows responses, ResponseBuilder built,
            TimedRows invitations, int[] invitationSurvey) {
        this.contactIds = contactIds;
        this.surveys = surveys;
        this.driverLists = driverLists;
        this.responses = responses;
        Grouping grouping = responses.grouping();
        score = grouping.apply(built.score);
        survey = grouping.apply(built.survey);
        comments = grouping.apply(built.comments);
        drivers = grouping.apply(built.drivers);
        this.invitations = invitations;
        this.invitationSurvey = invitations.grouping().apply(invitationSurvey);
    }

    /**
     * Every response and invitation, grouped by their contact's code in {@code contactIds}; a
     * contact the directory lacks gets a code past the directory's.
     */
    static ResponseColumns of(Stream<SurveyResponse> responses, Stream<SurveyInvitation> invitations,
            Dictionary<String> contactIds) {
        Dictionary<String> surveys = new Dictionary<>();
        Dictionary<List<DriverTag>> driverLists = new Dictionary<>();
        TimedRows.Builder responseRows = new TimedRows.Builder();
        ResponseBuilder built = new ResponseBuilder();
        try (responses) {
            responses.forEachOrdered(r -> built.add(responseRows.add(r.id(), contactIds.intern(r.contactId()),
                    r.answeredAt()), r, surveys, driverLists));
        }
        TimedRows.Builder invitationRows = new TimedRows.Builder();
        InvitationBuilder invited = new InvitationBuilder();
        try (invitations) {
            invitations.forEachOrdered(i -> invited.add(invitationRows.add(i.id(), contactIds.intern(i.contactId()),
                    i.sentAt()), surveys.intern(i.surveyId())));
        }
        int owners = contactIds.size();
        return new ResponseColumns(contactIds, surveys, driverLists, responseRows.grouped(owners), built,
                invitationRows.grouped(owners), invited.survey);
    }

    /** The responses of contacts {@code [fromContact, toContact)}, or of everyone when {@code fromContact} is -1. */
    Stream<SurveyResponse> responses(int fromContact, int toContact, SurveyQuery query) {
        return responses.rows(fromContact, toContact, query.range(), r -> true).mapToObj(this::response);
    }

    /** The scores of those responses, without building them. */
    void scores(int fromContact, int toContact, TimeRange range, IntConsumer consumer) {
        responses.rows(fromContact, toContact, range, r -> true).forEach(r -> consumer.accept(score[r]));
    }

    Stream<SurveyInvitation> invitations(int fromContact, int toContact, SurveyQuery query) {
        return invitations.rows(fromContact, toContact, query.range(), r -> true).mapToObj(this::invitation);
    }

    int responseCount() {
        return responses.rows();
    }

    int invitationCount() {
        return invitations.rows();
    }

    long footprint() {
        return responses.footprint() + 13L * responses.rows() + comments.footprint() + invitations.footprint()
                + 4L * invitations.rows();
    }

    private SurveyResponse response(int r) {
        List<DriverTag> tags = driverLists.value(drivers[r]);
        return new SurveyResponse(responses.id(r), contactIds.value(responses.owner(r)), responses.instant(r),
                score[r], surveys.value(survey[r]), comments.get(r), tags == null ? List.of() : tags);
    }

    private SurveyInvitation invitation(int i) {
        return new SurveyInvitation(invitations.id(i), surveys.value(invitationSurvey[i]),
                contactIds.value(invitations.owner(i)), invitations.instant(i));
    }

    /** An invitation's own column (its survey's code) in arrival order. */
    private static final class InvitationBuilder {
        int[] survey = new int[256];

        void add(int row, int surveyCode) {
            survey = Columns.fit(survey, row);
            survey[row] = surveyCode;
        }
    }

    /** A response's own columns in arrival order. */
    private static final class ResponseBuilder {
        byte[] score = new byte[256];
        int[] survey = new int[256];
        int[] drivers = new int[256];
        final TextColumn comments = new TextColumn();

        void add(int row, SurveyResponse r, Dictionary<String> surveys, Dictionary<List<DriverTag>> driverLists) {
            score = Columns.fit(score, row);
            survey = Columns.fit(survey, row);
            drivers = Columns.fit(drivers, row);
            score[row] = (byte) r.score();
            survey[row] = surveys.intern(r.surveyId());
            drivers[row] = r.drivers().isEmpty() ? -1 : driverLists.intern(r.drivers());
            comments.add(r.comment());
        }
    }
}
