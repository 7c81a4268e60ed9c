package io.commentpulse.input;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;

/** What the XML export readers share: a StAX factory safe for data files, and a look at a file's first element. */
final class XmlExports {
    private XmlExports() {
    }

    /** A StAX factory with DTDs and external entities off (an export is data) and text coalesced. */
    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** True for an .xml file whose first element passes {@code test}; false for any other or unreadable file. */
    static boolean firstElement(Path file, Predicate<XMLStreamReader> test) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    return test.test(r);
                }
            }
        } catch (IOException | XMLStreamException e) {
            return false;
        }
        return false;
    }
}
