package org.marsad.read;

/** Input formats Marsad reads. AUTO sniffs the content (and file name) of each input. */
public enum Format { AUTO, WIRE, TREC, JSONL }
