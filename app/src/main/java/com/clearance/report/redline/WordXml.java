package com.clearance.report.redline;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/** Small DOM helpers over WordprocessingML elements (the live DOM that POI's XMLBeans objects expose). */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String XML = "http://www.w3.org/XML/1998/namespace";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private WordXml() {
    }

    static boolean is(Node n, String localName) {
        return n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    static Element create(Node near, String localName) {
        return near.getOwnerDocument().createElementNS(W, "w:" + localName);
    }

    static void attr(Element e, String localName, String value) {
        e.setAttributeNS(W, "w:" + localName, value);
    }

    static String attr(Element e, String localName) {
        String v = e.getAttributeNS(W, localName);
        return v == null || v.isEmpty() ? null : v;
    }

    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** A text element (w:t or w:delText) that keeps its leading and trailing spaces. */
    static Element text(Node near, String localName, String value) {
        Element t = create(near, localName);
        t.setAttributeNS(XML, "xml:space", "preserve");
        setText(t, value);
        return t;
    }

    /** The character data under {@code node} (XMLBeans' DOM has no getTextContent, a DOM level 3 call). */
    static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element) {
                appendText(n, out);
            }
        }
    }

    /** Replaces an element's content with one text node. */
    static void setText(Element e, String value) {
        while (e.getFirstChild() != null) {
            e.removeChild(e.getFirstChild());
        }
        e.appendChild(e.getOwnerDocument().createTextNode(value));
    }

    /** The ancestor of {@code node} (or the node itself) that is a direct child of {@code paragraph}. */
    static Node topLevel(Node node, Element paragraph) {
        Node n = node;
        while (n.getParentNode() != null && n.getParentNode() != paragraph) {
            n = n.getParentNode();
        }
        return n;
    }

    /** The nearest w:p holding {@code node}: for a run in a text box, the text box's paragraph. */
    static Element paragraphOf(Node node) {
        Node n = node.getParentNode();
        while (n != null && !is(n, "p")) {
            n = n.getParentNode();
        }
        return (Element) n;
    }

    /** True when {@code node} lies in the mc:Fallback copy of markup-compatibility content (what Word ignores). */
    static boolean inFallback(Node node) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element e && MC.equals(e.getNamespaceURI()) && "Fallback".equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * When {@code node} lies in an mc:Choice (a DrawingML text box, say), removes that choice's mc:Fallback siblings:
     * they hold an unedited copy, and a reader that took the copy would show the original text. Fallbacks are optional.
     */
    static void dropFallbackCopies(Node node) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element e && MC.equals(e.getNamespaceURI()) && "Choice".equals(e.getLocalName())) {
                Node group = e.getParentNode();
                for (Node c = group.getFirstChild(); c != null; ) {
                    Node next = c.getNextSibling();
                    if (c instanceof Element f && MC.equals(f.getNamespaceURI()) && "Fallback".equals(f.getLocalName())) {
                        group.removeChild(f);
                    }
                    c = next;
                }
            }
        }
    }

    static void insertAfter(Node newNode, Node ref) {
        ref.getParentNode().insertBefore(newNode, ref.getNextSibling());
    }

    /** Every element with this local name under {@code root}, in document order. */
    static List<Element> descendants(Node root, String localName) {
        List<Element> out = new ArrayList<>();
        collect(root, localName, out);
        return out;
    }

    private static void collect(Node node, String localName, List<Element> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, localName)) {
                out.add((Element) n);
            }
            if (n instanceof Element) {
                collect(n, localName, out);
            }
        }
    }
}
