package org.marsad.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Helpers for reader tests: drain a stream into a list. */
final class ReaderTesting {
    private ReaderTesting() {}

    static List<ReadItem> drain(RecordStream rs) {
        List<ReadItem> out = new ArrayList<>();
        try (rs) {
            while (rs.hasNext()) out.add(rs.next());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<ReadItem> read(byte[] bytes, String name) {
        return drain(Inputs.open(new ByteArrayInputStream(bytes), name, Format.AUTO, FieldMap.defaults()));
    }

    static List<org.marsad.article.RawArticle> articles(List<ReadItem> items) {
        return items.stream().filter(i -> i instanceof ReadItem.Ok).map(i -> ((ReadItem.Ok) i).article()).toList();
    }

    static List<ReadItem.Failed> failures(List<ReadItem> items) {
        return items.stream().filter(i -> i instanceof ReadItem.Failed).map(i -> (ReadItem.Failed) i).toList();
    }
}
