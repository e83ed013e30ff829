"""Writes the independent held-out ticket set (Jira + Zendesk CSVs and labels) from tickets_data.py.
Deterministic (fixed seed). Run from this folder: python3 gen.py OUTDIR"""
import csv, random, sys, datetime as dt
exec(open("tickets_data.py", encoding="utf-8").read())
out = sys.argv[1]
rnd = random.Random(20260302)
LAUNCH = dt.datetime(2026, 3, 2)

# tickets whose text names a weekday or date get a fixed day (days after launch) so the text stays true
FIXED_DAY = {"Token spend 4x": 2, "Why did our AI credits run out": 3, "Daily cost review - Tuesday": 2,
             "KB sync stopped indexing": 18}

def created(week, summary):
    fixed = next((d for p, d in FIXED_DAY.items() if summary.startswith(p)), None)
    if fixed is not None:
        return (LAUNCH + dt.timedelta(days=fixed)).replace(hour=rnd.randint(8, 17), minute=rnd.randint(0, 59))
    start = (week - 1) * 7 if week >= 1 else week * 7
    while True:
        d = start + rnd.randint(0, 6)
        day = LAUNCH + dt.timedelta(days=d)
        if day.weekday() < 5 or rnd.random() < 0.25:   # fewer weekend tickets
            break
    hour = rnd.choice([7, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 16, 17, 18, 21, 23, 2])
    return day.replace(hour=hour, minute=rnd.randint(0, 59), second=rnd.randint(0, 59))

tickets = [(c, f, w, s, d, created(w, s)) for (c, f, w, s, d) in T]
tickets.sort(key=lambda x: x[5])

def jira_date(t):
    return t.strftime("%d/%b/%y %I:%M %p")

def zd_date(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")

ENG = ["Raj Patel", "Dana Kowalski", "Sam Okafor", "Oksana Melnyk", "Mike Brennan", "Lea Schneider",
       "Tomás Ruiz", "Hannah Lee", "Wei Zhang", "Grace Adeyemi"]
CUST = ["Priya Natarajan", "Carlos Mendes", "Jürgen Weber", "Amira Haddad", "Tom Fletcher", "Sofia Rossi",
        "Kenji Sato", "Emma Dubois", "Lucas Silva", "Olivia Brown", "Ahmed Khan", "Marta Nowak", "Ines Garcia",
        "Noah Williams", "Yuki Tanaka", "Fatima Zahra", "Liam O'Connor", "Chloe Martin"]
JTYPE = ["Bug", "Bug", "Task", "Incident", "Support Request", "Story"]
JLABELS = ["atlas", "launch", "customer-escalation", "needs-triage", "", "", "q1"]
ZTAGS = ["atlas_ai", "plan_growth", "plan_enterprise", "web_widget", "email", "vip", "chat", "api"]
now = dt.datetime(2026, 5, 28, 12, 0)

def status(t, open_states, done_states):
    age = (now - t).days
    return rnd.choice(done_states) if rnd.random() < min(0.85, age / 90) else rnd.choice(open_states)

jira_rows, zd_rows, labels = [], [], []
key, jid, zid = 112, 40230, 48210
for c, f, w, s, d, t in tickets:
    upd = t + dt.timedelta(hours=rnd.randint(1, 400))
    if f == "J":
        key += rnd.randint(1, 4); jid += rnd.randint(1, 9)
        k = f"ATL-{key}"
        typ = "Story" if s.lower().startswith("feature request") else rnd.choice(JTYPE)
        l1, l2 = rnd.choice(JLABELS), rnd.choice(JLABELS)
        jira_rows.append([k, str(jid), s, typ, status(t, ["Open", "In Progress", "To Do"], ["Done", "Resolved", "Closed"]),
                          rnd.choice(["Highest", "High", "Medium", "Medium", "Low"]), rnd.choice(ENG), jira_date(t), d,
                          rnd.choice(ENG + [""]), jira_date(upd), l1, l2 if l2 != l1 else ""])
        labels.append((k, c))
    else:
        zid += rnd.randint(3, 40)
        tags = " ".join(sorted(set(rnd.sample(ZTAGS, rnd.randint(1, 3)))))
        zd_rows.append([str(zid), s, d, status(t, ["new", "open", "pending"], ["solved", "closed"]),
                        rnd.choice(["low", "normal", "normal", "high", "urgent", ""]), rnd.choice(CUST), zd_date(t),
                        zd_date(upd), tags])
        labels.append((str(zid), c))

def write(name, header, rows):
    with open(f"{out}/{name}", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)

write("jira.csv", ["Issue key", "Issue id", "Summary", "Issue Type", "Status", "Priority", "Reporter", "Created",
                   "Description", "Assignee", "Updated", "Labels", "Labels"], jira_rows)
write("zendesk.csv", ["Id", "Subject", "Description", "Status", "Priority", "Requester", "Created at", "Updated at",
                      "Tags"], zd_rows)
with open(f"{out}/labels.csv", "w", newline="", encoding="utf-8") as fh:
    fh.write("id,category\n")
    for k, c in labels:
        fh.write(f"{k},{c}\n")
print(len(jira_rows), "jira,", len(zd_rows), "zendesk")
