package com.clearance.ingest.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of the text boxes anchored in a Word paragraph (w:txbxContent in a DrawingML or VML shape), as
 * text. Word writes a DrawingML text box twice, in mc:Choice and again as VML in mc:Fallback; only the first copy
 * is read. Deleted text and field instructions are not text.
 */
final class DocxTextBoxes {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private DocxTextBoxes() {
    }

    static List<String> paragraphs(XWPFParagraph paragraph) {
        List<String> out = new ArrayList<>();
        collect(paragraph.getCTP().getDomNode(), out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (MC.equals(e.getNamespaceURI()) && "Fallback".equals(e.getLocalName())) {
                continue;
            }
            if (W.equals(e.getNamespaceURI()) && "txbxContent".equals(e.getLocalName())) {
                for (Node p = e.getFirstChild(); p != null; p = p.getNextSibling()) {
                    if (p instanceof Element pe && W.equals(pe.getNamespaceURI()) && "p".equals(pe.getLocalName())) {
                        StringBuilder text = new StringBuilder();
                        text(pe, text);
                        out.add(text.toString());
                        collect(pe, out); // a text box inside a text box
                    }
                }
                continue;
            }
            collect(e, out);
        }
    }

    private static void text(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> appendCharacters(e, out);
                case "tab", "br", "cr" -> out.append(' ');
                case "noBreakHyphen" -> out.append('-');
                case "del", "moveFrom", "instrText", "delText", "txbxContent", "pPr", "rPr" -> {
                    // not this paragraph's visible text
                }
                default -> text(e, out);
            }
        }
    }

    private static void appendCharacters(Node t, StringBuilder out) {
        for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            }
        }
    }
}
