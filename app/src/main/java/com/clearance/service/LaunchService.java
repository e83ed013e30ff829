package com.clearance.service;

import com.clearance.ingest.ColumnMapping;
import com.clearance.persistence.Database;
import com.clearance.persistence.ItemStateRepository;
import com.clearance.persistence.LaunchRepository;
import com.clearance.persistence.StoreException;
import com.clearance.persistence.TicketRepository;
import com.clearance.runbook.Attachment;
import com.clearance.runbook.ChecklistItem;
import com.clearance.runbook.Classification;
import com.clearance.runbook.Completion;
import com.clearance.runbook.ExpectedVsObserved;
import com.clearance.runbook.HistoryEntry;
import com.clearance.runbook.Launch;
import com.clearance.runbook.LaunchAssessor;
import com.clearance.runbook.LaunchStatus;
import com.clearance.runbook.LinkedAudit;
import com.clearance.runbook.Member;
import com.clearance.runbook.RunbookTemplate;
import com.clearance.runbook.TriagedTicket;
import com.clearance.runbook.Waiver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The launch use cases the command line and the workbench share: create a launch, work its runbook (check, waive,
 * reopen, attach evidence), link contracts whose findings put items at risk, import and correct tickets, and read
 * the status, readiness and expected-versus-observed picture on a given day.
 */
public final class LaunchService {

    /** What an import did: the layout recognised, how many tickets were stored, and rows skipped or dates unread. */
    public record ImportSummary(String layout, int imported, List<String> warnings) {
    }

    private final TemplateCatalog templates;
    private final ContractAudits audits;
    private final Clock clock;
    private final LaunchRepository launches;
    private final ItemStateRepository items;
    private final TicketRepository tickets;
    private final TicketService ticketService;

    public LaunchService(Database db, TemplateCatalog templates, ContractAudits audits, Clock clock) {
        this.templates = templates;
        this.audits = audits;
        this.clock = clock;
        this.launches = new LaunchRepository(db, clock);
        this.items = new ItemStateRepository(db);
        this.tickets = new TicketRepository(db);
        this.ticketService = new TicketService(templates);
    }

    public Launch create(String name, String feature, LocalDate launchDate, String templateId, List<Member> members)
            throws LaunchException {
        RunbookTemplate template = templates.get(templateId);
        Launch launch;
        try {
            launch = new Launch(name, feature, launchDate, template.id(), members, List.of());
        } catch (IllegalArgumentException e) {
            throw new LaunchException(e.getMessage(), e);
        }
        store(() -> launches.create(launch));
        return launch;
    }

    public List<Launch> list() throws LaunchException {
        return load(launches::list);
    }

    public Launch launch(String name) throws LaunchException {
        Optional<Launch> found = load(() -> launches.find(name));
        return found.orElseThrow(() -> new LaunchException("No launch named '" + name + "'"));
    }

    public RunbookTemplate template(String launchName) throws LaunchException {
        return templates.get(launch(launchName).templateId());
    }

    public LaunchStatus status(String name, LocalDate today) throws LaunchException {
        Launch launch = launch(name);
        RunbookTemplate template = templates.get(launch.templateId());
        List<LinkedAudit> linked = new ArrayList<>();
        for (String contractId : launch.contractIds()) {
            audits.latest(contractId).ifPresent(a -> linked.add(new LinkedAudit(contractId, a)));
        }
        return LaunchAssessor.assess(template, launch, load(() -> items.states(name)), linked, today, audits::clauseTitle);
    }

    /** Checks an item off; {@code attachment} (may be null) is read and kept in the database. */
    public void check(String name, String itemId, String by, String note, String link, Path attachment)
            throws LaunchException {
        check(name, itemId, by, note, link, attachment, null);
    }

    /**
     * Checks an item off over version {@code expectedVersion} of it (null: over whatever it is now); refused with a
     * plain sentence ("Dana changed this item at 14:02: reload to see it") when someone changed it since.
     */
    public void check(String name, String itemId, String by, String note, String link, Path attachment,
                      Integer expectedVersion) throws LaunchException {
        requireItem(name, itemId);
        Long attachmentId = null;
        Integer expected = expectedVersion;
        if (attachment != null) {
            attachmentId = attach(name, itemId, attachment, by, expected).id();
            expected = expected == null ? null : expected + 1; // the attachment was the change before this one
        }
        Completion done = new Completion(by, clock.instant(), note, link, attachmentId == null ? null : "attachment:" + attachmentId);
        Long id = attachmentId;
        Integer over = expected;
        store(() -> items.complete(name, itemId, done, id, over));
    }

    /** How many changes each item of the launch has had (its version; absent: never touched). */
    public java.util.Map<String, Integer> itemVersions(String name) throws LaunchException {
        return load(() -> items.versions(name));
    }

    /** Waives an item until {@code until}; an expiry already past is refused (such a waiver would hold for no day). */
    public void waive(String name, String itemId, String reason, LocalDate until, String by) throws LaunchException {
        waive(name, itemId, reason, until, by, null);
    }

    public void waive(String name, String itemId, String reason, LocalDate until, String by, Integer expectedVersion)
            throws LaunchException {
        requireItem(name, itemId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.systemDefault());
        if (until != null && until.isBefore(today)) {
            throw new LaunchException("The waiver's expiry " + until + " is in the past; give today (" + today
                    + ") or a later day");
        }
        Waiver waiver;
        try {
            waiver = new Waiver(reason, until, by, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new LaunchException(e.getMessage(), e);
        }
        store(() -> items.waive(name, itemId, waiver, expectedVersion));
    }

    public void reopen(String name, String itemId, String by, String reason) throws LaunchException {
        reopen(name, itemId, by, reason, null);
    }

    public void reopen(String name, String itemId, String by, String reason, Integer expectedVersion)
            throws LaunchException {
        requireItem(name, itemId);
        store(() -> items.reopen(name, itemId, by, clock.instant(), reason, expectedVersion));
    }

    public Attachment attach(String name, String itemId, Path file, String by) throws LaunchException {
        return attach(name, itemId, file, by, null);
    }

    private Attachment attach(String name, String itemId, Path file, String by, Integer expectedVersion)
            throws LaunchException {
        requireItem(name, itemId);
        byte[] content;
        String type;
        try {
            content = Files.readAllBytes(file);
            type = Optional.ofNullable(Files.probeContentType(file)).orElse("application/octet-stream");
        } catch (IOException e) {
            throw new LaunchException(file + ": cannot be read to attach; check the path", e);
        }
        long id = load(() -> items.attach(name, itemId, file.getFileName().toString(), type, content, by, clock.instant(),
                expectedVersion));
        return load(() -> items.attachment(id)).orElseThrow();
    }

    public Optional<Attachment> attachment(long id) throws LaunchException {
        return load(() -> items.attachment(id));
    }

    public List<HistoryEntry> history(String name, String itemId) throws LaunchException {
        return load(() -> items.history(name, itemId));
    }

    public void addMember(String name, Member member) throws LaunchException {
        store(() -> launches.addMember(name, member));
    }

    /** Links a stored contract, named by its id or document file name; returns the id linked. */
    public String linkContract(String name, String contractId) throws LaunchException {
        if (contractId == null || contractId.isBlank()) {
            throw new LaunchException("Give the id of the contract to link");
        }
        String id = load(() -> audits.resolve(contractId)).orElseThrow(() -> new LaunchException(
                "No stored contract '" + contractId.trim() + "': audit it into this database first (in the workbench,"
                        + " or clearance audit --db), then link it by its id or file name"));
        store(() -> launches.linkContract(name, id));
        return id;
    }

    public void unlinkContract(String name, String contractId) throws LaunchException {
        store(() -> launches.unlinkContract(name, contractId));
    }

    /** Reads, classifies (weeks from the launch date) and stores the tickets of an export; corrections are kept. */
    public ImportSummary importTickets(String name, Path csv, ColumnMapping mapping) throws LaunchException {
        Launch launch = launch(name);
        TicketService.ClassifiedFile file = ticketService.classify(csv, mapping, launch.launchDate(), launch.templateId());
        store(() -> tickets.save(name, file.imported().tickets(), file.classifications(), csv.getFileName().toString(),
                clock.instant()));
        return new ImportSummary(file.imported().layout(), file.imported().tickets().size(), file.imported().warnings());
    }

    /** The header row of a ticket export and whether it is a Jira or Zendesk layout (else the columns need mapping). */
    public TicketService.TicketColumns ticketColumns(Path csv) throws LaunchException {
        return TicketService.columns(csv);
    }

    public List<TriagedTicket> tickets(String name) throws LaunchException {
        return load(() -> tickets.tickets(name));
    }

    public void correctTicket(String name, String ticketKey, String category, String by, String note) throws LaunchException {
        if (template(name).category(category).isEmpty()) {
            throw new LaunchException("'" + category + "' is not a ticket category of this launch's template");
        }
        store(() -> tickets.correct(name, ticketKey, category, by, clock.instant(), note));
    }

    /** Tickets per category per week (corrections applied) against the expected weeks, with surprises. */
    public ExpectedVsObserved.Result expectedVsObserved(String name, LocalDate today) throws LaunchException {
        LaunchStatus status = status(name, today);
        List<Classification> effective = tickets(name).stream().map(TriagedTicket::effective).toList();
        return ExpectedVsObserved.compute(template(name), effective, status);
    }

    private ChecklistItem requireItem(String name, String itemId) throws LaunchException {
        RunbookTemplate template = template(name);
        return template.item(itemId).orElseThrow(() -> new LaunchException("No item '" + itemId + "' in runbook "
                + template.id() + "; see 'clearance launch show " + name + "' for the item ids"));
    }

    private interface StoreAction {
        void run() throws StoreException;
    }

    private interface StoreQuery<T> {
        T get() throws StoreException;
    }

    private static void store(StoreAction action) throws LaunchException {
        try {
            action.run();
        } catch (StoreException e) {
            throw new LaunchException(e.getMessage(), e);
        }
    }

    private static <T> T load(StoreQuery<T> query) throws LaunchException {
        try {
            return query.get();
        } catch (StoreException e) {
            throw new LaunchException(e.getMessage(), e);
        }
    }
}
