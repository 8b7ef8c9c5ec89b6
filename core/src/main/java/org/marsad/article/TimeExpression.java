package org.marsad.article;

import java.util.Optional;

/**
 * A temporal expression normalised as TIMEX3: type DATE, TIME, DURATION or SET and a value such
 * as 2017-02-15, 2016-09, P2D, XXXX-WXX-6, PRESENT_REF; {@code mod} such as MID, START, END.
 */
public record TimeExpression(int start, int end, String text, Type type, String value, Optional<String> mod) {
    public enum Type { DATE, TIME, DURATION, SET }
}
