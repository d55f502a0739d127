package org.coachingpool.cases;

import org.coachingpool.ids.TypedId;

/**
 * The addresses of a case's pages, for links from any feature and from email. The pages' views
 * declare their routes with these templates, so a link and its page cannot drift apart (the views
 * themselves are in features that depend on this one, so a link cannot name their classes).
 */
public final class CaseNavigation {

    /** The case page. */
    public static final String CASE_ROUTE = "cases/:id";
    /** The case's meetings. */
    public static final String MEETINGS_ROUTE = CASE_ROUTE + "/meetings";
    /** Raising a safeguarding concern about the case. */
    public static final String SAFEGUARDING_ROUTE = CASE_ROUTE + "/safeguarding";
    /** The route parameter that carries the case's id. */
    public static final String ID = "id";

    private CaseNavigation() {
    }

    /** The case page's address. */
    public static String path(TypedId caseId) {
        return fill(CASE_ROUTE, caseId);
    }

    public static String meetings(CaseId caseId) {
        return fill(MEETINGS_ROUTE, caseId);
    }

    public static String safeguarding(CaseId caseId) {
        return fill(SAFEGUARDING_ROUTE, caseId);
    }

    private static String fill(String route, TypedId caseId) {
        return route.replace(":" + ID, caseId.value().toString());
    }
}
