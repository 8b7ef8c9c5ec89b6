package org.marsad.search.query;

/**
 * A query the user wrote that cannot be searched: the message names the problem and the 1-based
 * column where it is, e.g. {@code column 9: '(' is never closed}.
 */
public final class QueryException extends Exception {
    private final int column;

    public QueryException(int column, String problem) {
        super("column " + column + ": " + problem);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
