package org.marsad.quote;

import org.marsad.article.Quote;
import org.marsad.text.ReportingVerbs;

/**
 * A reporting word at token {@code token} («قال», «مضيفا», «بحسب») and the speaker it resolves
 * to: its own subject, or the last named speaker before it (null when there is none yet).
 */
record Frame(int token, ReportingVerbs.Role role, Quote.Speaker speaker) {
    boolean isParticiple() {
        return role == ReportingVerbs.Role.PARTICIPLE;
    }
}
