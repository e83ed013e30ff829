package com.clearance.library;

import com.clearance.domain.Status;
import com.clearance.domain.reporting.GapReportWording;
import com.clearance.domain.reporting.NegotiationWording;
import com.clearance.domain.reporting.PortfolioWording;
import com.clearance.domain.reporting.ReadinessWording;
import com.clearance.domain.reporting.RedlineWording;
import com.clearance.domain.reporting.ReportTemplates;
import com.clearance.domain.reporting.ReportTheme;
import com.clearance.domain.reporting.ThemeFonts;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads report wording and the theme from reports/ (theme.yaml, gap-report.yaml, negotiation-pack.yaml, redline.yaml,
 * portfolio.yaml, readiness.yaml): from a folder when one is given, else the copies shipped in the jar. Every field is required
 * unless listed as optional; colours, statuses and fonts are checked so a typo fails here, not mid-export. Font and
 * logo paths come back resolved to URLs (a file in the folder wins over a classpath resource of the same name).
 */
public final class ReportTemplateLoader {

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Set<String> OPTIONAL = Set.of("logo");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final TemplateSource source;

    private ReportTemplateLoader(TemplateSource source) {
        this.source = source;
    }

    /** The templates shipped in the jar. */
    public static ReportTemplates loadDefaults() {
        return new ReportTemplateLoader(TemplateSource.classpath()).load();
    }

    /** Templates from a folder; files missing there fall back to the shipped ones. */
    public static ReportTemplates load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ReportTemplateException("report template folder not found: " + folder);
        }
        return new ReportTemplateLoader(TemplateSource.folder(folder)).load();
    }

    private ReportTemplates load() {
        ReportTheme theme = resolveAssets(read("theme.yaml", ReportTheme.class));
        checkTheme(theme);
        NegotiationWording negotiation = read("negotiation-pack.yaml", NegotiationWording.class);
        for (Status s : Status.values()) {
            if (s != Status.PROTECTIVE && !negotiation.problems().containsKey(s.id())) {
                throw new ReportTemplateException("negotiation-pack.yaml: 'problems." + s.id() + "' is missing");
            }
        }
        PortfolioWording portfolio = read("portfolio.yaml", PortfolioWording.class);
        checkSheetName(portfolio.matrixSheet());
        checkSheetName(portfolio.findingsSheet());
        ReadinessWording readiness = read("readiness.yaml", ReadinessWording.class);
        for (String state : new String[]{"done", "waived", "overdue", "open"}) {
            var style = readiness.states().get(state);
            if (style == null) {
                throw new ReportTemplateException("readiness.yaml: 'states." + state + "' is missing");
            }
            checkHex("readiness.yaml", style.ink());
            checkHex("readiness.yaml", style.fill());
        }
        return new ReportTemplates(theme, read("gap-report.yaml", GapReportWording.class), negotiation, portfolio,
                readiness, read("redline.yaml", RedlineWording.class));
    }

    private <T> T read(String file, Class<T> type) {
        try (InputStream in = source.open(file)) {
            if (in == null) {
                throw new ReportTemplateException("report template not found: " + file);
            }
            T value = yaml.readValue(in, type);
            if (value == null) {
                throw new ReportTemplateException(file + " is empty");
            }
            RequiredFields.check(value, "", OPTIONAL, file);
            return value;
        } catch (JacksonException e) {
            throw new ReportTemplateException(file + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ReportTemplateException("cannot read report template " + file + ": " + e.getMessage(), e);
        }
    }

    private void checkTheme(ReportTheme theme) {
        var c = theme.colours();
        for (String colour : new String[]{c.ink(), c.muted(), c.accent(), c.rule(), c.tableHeader()}) {
            checkHex(colour);
        }
        for (Status s : Status.values()) {
            var style = theme.style(s);
            if (style == null) {
                throw new ReportTemplateException("theme.yaml: 'statuses." + s.id() + "' is missing");
            }
            checkHex(style.ink());
            checkHex(style.fill());
        }
        if (!theme.pageSize().equals("A4") && !theme.pageSize().equals("LETTER")) {
            throw new ReportTemplateException("theme.yaml: pageSize must be A4 or LETTER, not '" + theme.pageSize() + "'");
        }
        if (theme.marginMm() < 5 || theme.marginMm() > 60) {
            throw new ReportTemplateException("theme.yaml: marginMm must be between 5 and 60, not " + theme.marginMm());
        }
    }

    /** Excel's own limits on a sheet name. */
    private static void checkSheetName(String name) {
        if (name.length() > 31 || name.matches(".*[\\\\/?*\\[\\]:].*")) {
            throw new ReportTemplateException("portfolio.yaml: sheet name '" + name
                    + "' must be at most 31 characters without \\ / ? * [ ] :");
        }
    }

    private static void checkHex(String colour) {
        checkHex("theme.yaml", colour);
    }

    private static void checkHex(String file, String colour) {
        if (!HEX.matcher(colour).matches()) {
            throw new ReportTemplateException(file + ": colour '" + colour + "' is not of the form #RRGGBB");
        }
    }

    private ReportTheme resolveAssets(ReportTheme t) {
        RequiredFields.check(t, "", OPTIONAL, "theme.yaml");
        ThemeFonts f = t.fonts();
        ThemeFonts resolved = new ThemeFonts(asset(f.body()), asset(f.bodyBold()), asset(f.bodyItalic()),
                asset(f.heading()), asset(f.label()));
        String logo = t.logo() == null || t.logo().isBlank() ? null : asset(t.logo());
        return new ReportTheme(resolved, t.colours(), t.statuses(), logo, t.pageSize(), t.marginMm());
    }

    private String asset(String path) {
        String url = source.url(path);
        if (url == null) {
            throw new ReportTemplateException("theme.yaml: file '" + path + "' not found in the reports folder or the application");
        }
        return url;
    }
}
