package org.marsad.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.marsad.article.TimeExpression;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A TimeML document read with an XML parser: its text (all character data outside {@code <DCT>}),
 * its document creation time and its gold TIMEX3 expressions with offsets into that text. The
 * DOCTYPE's DTD is never fetched.
 */
public record TimeMlDocument(String name, String text, Optional<LocalDate> dct, List<TimeExpression> gold) {
    public TimeMlDocument {
        gold = List.copyOf(gold);
    }

    /** Reads one TimeML file; the message of the IOException names the file and the problem. */
    public static TimeMlDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser p = f.newSAXParser();
            Handler h = new Handler();
            p.getXMLReader().setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            p.parse(in, h);
            String text = h.text.toString();
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = " " + text.substring(1);
            return new TimeMlDocument(file.getFileName().toString(), text, h.dct, h.timexes);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
        }
    }

    private static final class Handler extends DefaultHandler {
        final StringBuilder text = new StringBuilder();
        final List<TimeExpression> timexes = new ArrayList<>();
        Optional<LocalDate> dct = Optional.empty();
        boolean inDct;
        int open = -1;
        Attributes attrs;

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            if (qName.equals("DCT")) {
                inDct = true;
            } else if (qName.equals("TIMEX3") && inDct) {
                dct = parse(a.getValue("value"));
            } else if (qName.equals("TIMEX3")) {
                open = text.length();
                attrs = new org.xml.sax.helpers.AttributesImpl(a);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (qName.equals("DCT")) {
                inDct = false;
            } else if (qName.equals("TIMEX3") && open >= 0) {
                String type = attrs.getValue("type");
                TimeExpression.Type t;
                try {
                    t = TimeExpression.Type.valueOf(type == null ? "DATE" : type.trim().toUpperCase());
                } catch (IllegalArgumentException e) {
                    t = TimeExpression.Type.DATE; // an unknown type still counts for extraction
                }
                String value = attrs.getValue("value");
                timexes.add(new TimeExpression(open, text.length(), text.substring(open), t, value == null ? "" : value,
                        Optional.ofNullable(attrs.getValue("mod"))));
                open = -1;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inDct) text.append(ch, start, length);
        }

        private static Optional<LocalDate> parse(String v) {
            if (v == null || v.length() < 10) return Optional.empty();
            try {
                return Optional.of(LocalDate.parse(v.substring(0, 10)));
            } catch (DateTimeParseException e) {
                return Optional.empty(); // a DCT that is not a day: the --dct fallback applies
            }
        }
    }
}
