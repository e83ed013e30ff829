package com.clearance.report.redline;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.Decision;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Sentence;
import com.clearance.domain.Status;
import com.clearance.report.AuditedContract;
import com.clearance.report.ClauseCatalog;
import com.clearance.report.ClauseText;
import com.clearance.report.ReportContext;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * A vendor agreement of our own written as a Word file with what real ones have: a header, headings, automatic
 * numbering, a sentence whose runs change formatting mid-way and hold a hyperlink and a footnote reference, a table.
 */
final class RedlineFixtures {

    static final String TRAINING_LEAD = "Provider may use ";
    static final String TRAINING_BOLD = "Customer Content";
    static final String TRAINING_TAIL = " to train, retrain and improve its models and services as described at ";
    static final String TRAINING_LINK = "the model policy page";
    static final String TRAINING_END = ".";
    static final String BEFORE = "Customer owns its inputs.";
    static final String AFTER = "Provider will keep a record of each use.";
    static final String RETIREMENT = "Provider may retire any model by posting a notice on its website.";
    static final String SECURITY = "Provider will notify Customer of a security incident within 48 hours.";
    static final String PREFERRED_TRAINING = "Provider shall not use Customer Content to train, retrain or improve any model.";
    static final String PREFERRED_RETIREMENT = "Provider shall give ninety (90) days' written notice before retiring a model.";
    static final String PREFERRED_RESIDENCY = "Provider shall store and process Customer Data only in the European Union.";

    private RedlineFixtures() {
    }

    static byte[] vendorDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles();
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("Acme Model Services Agreement v3");
            BigInteger num = numbering(doc);

            heading(doc, "1. Customer Data");
            XWPFParagraph training = numbered(doc, num);
            training.createRun().setText(BEFORE + " ");
            training.createRun().setText(TRAINING_LEAD);
            XWPFRun bold = training.createRun();
            bold.setBold(true);
            bold.setText(TRAINING_BOLD);
            XWPFRun italic = training.createRun();
            italic.setItalic(true);
            italic.setText(TRAINING_TAIL);
            XWPFHyperlinkRun link = training.createHyperlinkRun("https://acme.example/model-policy");
            link.setText(TRAINING_LINK);
            link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            training.createRun().setText(TRAINING_END);
            doc.createFootnotes();
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("The policy page may change from time to time.");
            training.addFootnoteReference(note);
            training.createRun().setText(" " + AFTER);

            heading(doc, "2. Models");
            numbered(doc, num).createRun().setText(RETIREMENT);

            heading(doc, "3. Security");
            numbered(doc, num).createRun().setText(SECURITY);
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Service");
            table.getRow(0).getCell(1).setText("Availability");
            table.getRow(1).getCell(0).setText("Inference API");
            table.getRow(1).getCell(1).setText("99.9 percent");

            heading(doc, "4. Data Protection");
            numbered(doc, num).createRun().setText("Each party will comply with data protection law.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A short agreement whose retirement sentence holds a complex field (a cross-reference to Section 4). */
    static byte[] withField() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles();
            heading(doc, "1. Customer Data");
            doc.createParagraph().createRun().setText("Provider may use Customer Content to train its models.");
            heading(doc, "2. Models");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Provider may retire any model under Section ");
            p.createRun().getCTR().addNewFldChar().setFldCharType(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
            p.createRun().getCTR().addNewInstrText().setStringValue(" REF _Ref4 \\r \\h ");
            p.createRun().getCTR().addNewFldChar().setFldCharType(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
            p.createRun().setText("4");
            p.createRun().getCTR().addNewFldChar().setFldCharType(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
            p.createRun().setText(" by posting a notice on its website.");
            heading(doc, "3. Security");
            doc.createParagraph().createRun().setText(SECURITY);
            heading(doc, "4. Data Protection");
            doc.createParagraph().createRun().setText("Each party will comply with data protection law.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static final String RETIREMENT_CELL_1 = "Provider may retire any model";
    static final String RETIREMENT_CELL_2 = "by posting a notice on its website.";
    static final String TEXT_BOX_TRAINING = "Provider may use Customer Content to train its models.";

    /**
     * The training sentence in a text box as Word writes one (DrawingML in mc:Choice, a VML copy in mc:Fallback),
     * and the retirement sentence split over two cells of a table row after a label cell ("Models").
     */
    static byte[] withTextBoxAndTable() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles();
            heading(doc, "1. Customer Data");
            XWPFParagraph anchor = doc.createParagraph();
            anchor.createRun().setText(BEFORE);
            String box = "<w:txbxContent><w:p><w:r><w:rPr><w:i/></w:rPr><w:t>" + TEXT_BOX_TRAINING
                    + "</w:t></w:r></w:p></w:txbxContent>";
            String run = "<xml-fragment xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
                    + " xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'"
                    + " xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'"
                    + " xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'"
                    + " xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'"
                    + " xmlns:v='urn:schemas-microsoft-com:vml'><mc:AlternateContent><mc:Choice Requires='wps'>"
                    + "<w:drawing><wp:inline><wp:extent cx='3200400' cy='685800'/><wp:docPr id='7' name='Text Box 7'/>"
                    + "<a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
                    + "<wps:wsp><wps:cNvSpPr txBox='1'/><wps:spPr><a:xfrm><a:off x='0' y='0'/><a:ext cx='3200400' cy='685800'/>"
                    + "</a:xfrm><a:prstGeom prst='rect'><a:avLst/></a:prstGeom><a:ln><a:solidFill><a:srgbClr val='000000'/>"
                    + "</a:solidFill></a:ln></wps:spPr><wps:txbx>" + box + "</wps:txbx><wps:bodyPr/></wps:wsp>"
                    + "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>"
                    + "<v:shape style='width:252pt;height:54pt' stroked='t'><v:textbox>" + box
                    + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></xml-fragment>";
            try {
                anchor.getCTP().addNewR().set(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR.Factory.parse(run));
            } catch (org.apache.xmlbeans.XmlException e) {
                throw new IOException(e);
            }
            heading(doc, "2. Models");
            XWPFTable table = doc.createTable(1, 3);
            var grid = table.getCTTbl().addNewTblGrid();
            for (int i = 0; i < 3; i++) {
                grid.addNewGridCol().setW(BigInteger.valueOf(3000));
            }
            table.getRow(0).getCell(0).setText("Models");
            table.getRow(0).getCell(1).setText(RETIREMENT_CELL_1);
            table.getRow(0).getCell(2).setText(RETIREMENT_CELL_2);
            heading(doc, "3. Security");
            doc.createParagraph().createRun().setText(SECURITY);
            heading(doc, "4. Data Protection");
            doc.createParagraph().createRun().setText("Each party will comply with data protection law.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setText(text);
    }

    private static XWPFParagraph numbered(XWPFDocument doc, BigInteger num) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(num);
        p.setNumILvl(BigInteger.ZERO);
        return p;
    }

    private static BigInteger numbering(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        lvl.addNewLvlText().setVal("%1.");
        XWPFNumbering numbering = doc.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
    }

    static ClauseCatalog catalog() {
        return new ClauseCatalog(List.of(
                new ClauseText("training-use", "Training on customer data", "", PREFERRED_TRAINING,
                        "Provider shall not train on Customer Content without Customer's written opt-in.", 12),
                new ClauseText("model-substitution", "Model substitution and retirement", "", PREFERRED_RETIREMENT, "", 10),
                new ClauseText("data-residency", "Data residency", "", PREFERRED_RESIDENCY,
                        "Provider shall name the regions where Customer Data is stored.", 10),
                new ClauseText("security-incident", "Security incident notice", "", "Provider shall notify within 24 hours.", "", 6)));
    }

    /** Findings over the document as read: training adverse, retirement weak, residency missing, security protective. */
    static AuditedContract audited(ContractDocument document, List<Decision> decisions) {
        List<Finding> findings = List.of(
                new Finding("training-use", Status.ADVERSE, List.of(evidence(document, "to train", Status.ADVERSE)),
                        "Provider may train on customer content.", null, null),
                new Finding("model-substitution", Status.WEAK, List.of(evidence(document, "retire", Status.WEAK)),
                        "A website posting is not notice.", null, null),
                new Finding("data-residency", Status.MISSING, List.of(), "The agreement does not say where data is stored.",
                        null, "regions"),
                new Finding("security-incident", Status.PROTECTIVE, List.of(evidence(document, "48 hours", Status.PROTECTIVE)),
                        "Within the bar.", null, null));
        AuditResult result = new AuditResult(document.name(), document.sha256(), 1, 30, "", "test", findings);
        return new AuditedContract(result, ReportContext.of(result, "Acme", "Jane Counsel", LocalDate.of(2026, 12, 3),
                decisions));
    }

    static Evidence evidence(ContractDocument document, String containing, Status status) {
        Sentence s = document.sentences().stream().filter(x -> x.text().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence with '" + containing + "' in " + document.sentences()));
        return new Evidence(s.text(), s.page(), s.section(), s.start(), s.end(), status);
    }
}
