"""Outputs people use, read back by the tools people use: the iCalendar file by python3-icalendar,
the CSV as Excel reads it (UTF-8 with a byte-order mark), the HTML page by lxml and, where Chromium
is installed, rendered headless to a PNG that must not be blank. Also `govplan export` and the
portfolio's progress line on a terminal."""

import csv
import datetime as dt
import io
import json
import os
import pty
import re
import shutil
import struct
import subprocess
import urllib.parse
import zlib

import icalendar
import lxml.etree
import lxml.html
import pytest

import govplan
from conftest import SOURCE_DIR

PLAN = SOURCE_DIR / "examples" / "plans" / "chanh-lo-2024.json"
EVENTS = SOURCE_DIR / "examples" / "events" / "chanh-lo-2024.events.json"
VI, EN = govplan.Lang.vi, govplan.Lang.en
STAMP = dt.date(2025, 1, 2)

# The documented mapping (include/govplan/render/report.hpp, ical_status), written out here
# independently of the library.
ICAL_STATUS = {
    "done_on_time": "COMPLETED", "done_late": "COMPLETED", "submitted_on_time": "COMPLETED",
    "submitted_late": "COMPLETED", "submitted": "COMPLETED",
    "ongoing": "IN-PROCESS", "within_deadline": "IN-PROCESS", "due_soon": "IN-PROCESS", "due": "IN-PROCESS",
    "cancelled": "CANCELLED",
    "not_yet_due": "NEEDS-ACTION", "overdue": "NEEDS-ACTION", "missing": "NEEDS-ACTION",
    "no_evidence": "NEEDS-ACTION", "awaiting_trigger": "NEEDS-ACTION", "trigger_never_came": "NEEDS-ACTION",
    "on_request": "NEEDS-ACTION", "unresolved": "NEEDS-ACTION", "due_date_unknown": "NEEDS-ACTION",
}
UID = re.compile(r"^govplan-([0-9a-f]{16})-(task|report)-(.+)-(\d+)$")


@pytest.fixture(scope="module")
def plan():
    return govplan.Plan.load(str(PLAN))


@pytest.fixture(scope="module")
def events():
    return govplan.EventLog.load(str(EVENTS))


def guidance_only():
    return govplan.EventLog.loads(json.dumps({"schema": "govplan/1", "events": [
        {"kind": "trigger", "date": "2024-05-10", "trigger": "guidance",
         "by": {"kind": "body", "name": "Sở Tư pháp"}}]}))


def evaluations(plan, events):
    """The seed on several days and with several logs, so that many statuses occur."""
    return {
        "end of 2024": govplan.evaluate(plan, events, as_of=dt.date(2024, 12, 31)),
        "March 2024": govplan.evaluate(plan, events, as_of=dt.date(2024, 3, 31)),
        "overdue in January 2025": govplan.evaluate(plan, guidance_only(), as_of=dt.date(2025, 1, 6)),
        "no events, 2025": govplan.evaluate(plan, None, as_of=dt.date(2025, 1, 31)),
    }


def todos(cal):
    return [c for c in cal.walk() if c.name == "VTODO"]


def row_key(uid):
    m = UID.match(uid)
    assert m, uid
    return m.group(2), urllib.parse.unquote(m.group(3)), int(m.group(4))


# ---- iCalendar -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", [VI, EN])
def test_every_ics_parses_with_icalendar_with_one_todo_per_row(plan, events, lang):
    for name, ev in evaluations(plan, events).items():
        text = ev.to_ics(plan, lang=lang, generated_on=STAMP)
        cal = icalendar.Calendar.from_ical(text)
        assert str(cal["VERSION"]) == "2.0", name
        assert len(todos(cal)) == len(ev.rows), name
        for todo in todos(cal):
            assert todo["SUMMARY"] and todo["DESCRIPTION"]
            assert todo["DTSTAMP"].dt == dt.datetime(2025, 1, 2, tzinfo=dt.timezone.utc)


def test_uids_are_unique_and_stable_across_runs_and_days(plan, events):
    ev = govplan.evaluate(plan, events, as_of=dt.date(2024, 12, 31))
    first = [str(t["UID"]) for t in todos(icalendar.Calendar.from_ical(ev.to_ics(plan, generated_on=STAMP)))]
    again = [str(t["UID"]) for t in todos(icalendar.Calendar.from_ical(
        ev.to_ics(plan, lang=EN, generated_on=dt.date(2026, 5, 5))))]
    assert len(set(first)) == len(first) == len(ev.rows)
    assert first == again
    # Re-importing a later export updates the same to-dos: every occurrence known in March keeps its UID.
    march = govplan.evaluate(plan, events, as_of=dt.date(2024, 3, 31))
    earlier = {str(t["UID"]) for t in todos(icalendar.Calendar.from_ical(march.to_ics(plan, generated_on=STAMP)))}
    assert earlier <= set(first)
    # Day-off events keep the UIDs `govplan calendar --format ics` gives them.
    year = govplan.WorkCalendar.vietnam().summarize(2024).to_ics(VI, STAMP)
    days = {str(e["UID"]) for e in icalendar.Calendar.from_ical(year).walk("VEVENT")}
    exported = {str(e["UID"]) for e in icalendar.Calendar.from_ical(ev.to_ics(plan, generated_on=STAMP)).walk("VEVENT")}
    assert exported <= days and exported


def test_due_status_and_parent_match_the_evaluation(plan, events):
    for name, ev in evaluations(plan, events).items():
        cal = icalendar.Calendar.from_ical(ev.to_ics(plan, generated_on=STAMP))
        rows = {(r.kind.value, r.id, r.occurrence): r for r in ev.rows}
        parents = set()
        for todo in todos(cal):
            row = rows[row_key(str(todo["UID"]))]
            if row.due is None:
                assert "DUE" not in todo, name
            else:
                assert todo["DUE"].dt == row.due, name
            assert str(todo["STATUS"]) == ICAL_STATUS[row.status.value], (name, row)
            assert str(todo["X-GOVPLAN-STATUS"]) == row.status.value
            assert todo["RELATED-TO"].params["RELTYPE"] == "PARENT"
            parents.add(str(todo["RELATED-TO"]))
            assert row.id in str(todo["SUMMARY"])
            assert row.reason_vi in str(todo["DESCRIPTION"])
        assert len(parents) == 1 and parents.pop().startswith("govplan-plan-")


def test_the_days_off_of_the_plan_window_are_events(plan, events):
    ev = govplan.evaluate(plan, events, as_of=dt.date(2024, 12, 31))
    cal = icalendar.Calendar.from_ical(ev.to_ics(plan, generated_on=STAMP))
    starts = sorted(e["DTSTART"].dt for e in cal.walk("VEVENT"))
    assert starts == sorted(d.date for d in govplan.WorkCalendar.vietnam().days_off(2024))
    assert dt.date(2024, 2, 10) in starts  # Tết


def test_to_ics_writes_atomically_to_a_path(plan, events, tmp_path):
    ev = govplan.evaluate(plan, events, as_of=dt.date(2024, 12, 31))
    target = tmp_path / "kế hoạch.ics"
    assert ev.to_ics(plan, generated_on=STAMP, path=target) is None
    assert target.read_bytes().decode("utf-8") == ev.to_ics(plan, generated_on=STAMP)
    assert [p.name for p in tmp_path.iterdir()] == ["kế hoạch.ics"]
    with pytest.raises(FileNotFoundError):
        ev.to_ics(plan, generated_on=STAMP, path=tmp_path / "no" / "such.ics")


# ---- CSV and Markdown ------------------------------------------------------------------------


def cell(value):
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@pytest.mark.parametrize("lang", [VI, EN])
def test_the_csv_decodes_with_its_bom_and_matches_to_records(plan, events, lang, tmp_path):
    for name, ev in evaluations(plan, events).items():
        assert ev.to_csv(lang=lang, path=tmp_path / "rows.csv") is None
        raw = (tmp_path / "rows.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name
        assert b"\r\n" in raw
        reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
        records = ev.to_records(lang)
        assert reader.fieldnames == list(records[0].keys())
        lines = list(reader)
        assert len(lines) == len(records)
        for line, record in zip(lines, records):
            assert line == {k: cell(v) for k, v in record.items()}, name


def test_pandas_reads_the_csv_as_excel_would(plan, events):
    pandas = pytest.importorskip("pandas")
    ev = govplan.evaluate(plan, guidance_only(), as_of=dt.date(2025, 1, 6))
    frame = pandas.read_csv(io.BytesIO(ev.to_csv().encode("utf-8")), encoding="utf-8-sig")
    assert list(frame.columns)[0] == "id"
    assert frame.loc[frame["id"] == "II.3", "working_days"].iloc[0] == -3


def test_the_markdown_report_has_the_identity_counts_and_one_line_per_row(plan, events, tmp_path):
    ev = govplan.evaluate(plan, events, as_of=dt.date(2024, 12, 31))
    md = ev.to_markdown(plan)
    assert md.startswith("# Kế hoạch (dự thảo, chưa có số: /KH-UBND) tháng 02/2024 của UBND phường Chánh Lộ")
    table = [line for line in md.splitlines() if line.startswith("| II.") or line.startswith("| III.")]
    assert len(table) == len(ev.rows)
    assert ev.to_markdown(plan, lang=EN, path=tmp_path / "r.md") is None
    assert "Status as of: 2024-12-31" in (tmp_path / "r.md").read_text(encoding="utf-8")


# ---- HTML ------------------------------------------------------------------------------------


def hostile_plan(plan):
    data = json.loads(plan.dumps())
    data["title"] = "Kế hoạch <b>đậm</b> & \"trích dẫn\""
    data["tasks"][0]["content"] = "<script>alert(1)</script><img src=\"https://example.com/x.png\"/>"
    data["tasks"][0]["lead"]["name"] = "Công chức <Tư pháp> & 'Hộ tịch'"
    return govplan.Plan.loads(json.dumps(data))


def external_references(root):
    """Every attribute or style that would load something from outside the file."""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            local = name.split("}")[-1]
            if local in ("src", "href", "srcset", "action", "data", "poster") and value.strip():
                found.append((el.tag, name, value))
        if el.tag in ("link", "img", "iframe", "object", "embed", "base"):
            found.append((el.tag, "", ""))
        if el.tag == "style" and re.search(r"url\(|@import", el.text or ""):
            found.append((el.tag, "style", el.text))
    return found


@pytest.mark.parametrize("lang", [VI, EN])
def test_the_html_is_well_formed_self_contained_and_has_a_timeline(plan, events, lang):
    for name, ev in evaluations(plan, events).items():
        html = ev.to_html(plan, events, lang=lang)
        root = lxml.etree.fromstring(html.encode("utf-8"))  # well-formed XML (XHTML syntax)
        assert root.tag == "html" and root.get("lang") == lang.value
        svgs = root.findall(".//svg[@class='timeline']")
        assert len(svgs) == 1, name
        assert external_references(root) == [], name
        assert not re.search(r"https?://", html), name
        # The HTML parser agrees: one table row per evaluation row.
        doc = lxml.html.document_fromstring(html)
        assert len(doc.xpath("//table[@id='rows']/tbody/tr")) == len(ev.rows)
        assert doc.xpath("//style") and "@media print" in doc.xpath("//style")[0].text


def test_the_html_escapes_the_plans_text(plan):
    p = hostile_plan(plan)
    ev = govplan.evaluate(p, None, as_of=dt.date(2024, 6, 30))
    html = ev.to_html(p)
    root = lxml.etree.fromstring(html.encode("utf-8"))
    assert len(root.findall(".//script")) == 1  # the sorting script only
    assert external_references(root) == []
    assert "<b>đậm</b>" not in html and "&lt;b&gt;đậm&lt;/b&gt;" in html
    text = "".join(root.itertext())
    assert "<script>alert(1)</script>" in text and "Công chức <Tư pháp> & 'Hộ tịch'" in text


def test_the_html_timeline_draws_due_dates_days_off_and_the_day_of_the_evaluation(plan, events, tmp_path):
    ev = govplan.evaluate(plan, events, as_of=dt.date(2024, 12, 31))
    assert ev.to_html(plan, events, path=tmp_path / "page.html") is None
    root = lxml.etree.fromstring((tmp_path / "page.html").read_bytes())
    svg = root.find(".//svg[@class='timeline']")
    titles = ["".join(t.itertext()) for t in svg.iter("title")]
    for row in ev.rows:
        if row.due:
            assert any(f"Hạn {row.due:%d/%m/%Y}" in t for t in titles), row
    shaded = [r for r in svg.iter("rect") if r.get("fill") == "#e6dcf5"]
    assert len(shaded) == len(govplan.WorkCalendar.vietnam().days_off(2024))
    assert "ngày đánh giá 31/12/2024" in "".join(svg.itertext())


def read_png(path):
    """The pixels of an 8-bit RGB or RGBA PNG as rows of (r, g, b) tuples (no third-party library)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(width)])
        prev = line
    return rows


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


@pytest.mark.skipif(browser() is None, reason="no Chromium (chromium, chromium-browser or google-chrome) installed")
def test_headless_chromium_renders_the_page_and_it_is_not_blank(plan, events, tmp_path):
    ev = govplan.evaluate(plan, events, as_of=dt.date(2024, 12, 31))
    page, png = tmp_path / "page.html", tmp_path / "page.png"
    ev.to_html(plan, events, path=page)
    subprocess.run([browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,900",
                    f"--screenshot={png}", page.as_uri()],
                   check=True, capture_output=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    pixels = read_png(png)
    assert len(pixels) == 900 and len(pixels[0]) == 1280
    colours = {}
    for row in pixels[::2]:
        for px in row[::2]:
            colours[px] = colours.get(px, 0) + 1
    total = sum(colours.values())
    white = colours.get((255, 255, 255), 0)
    assert white < 0.97 * total, "the page rendered (almost) blank"
    assert len(colours) > 50
    # The summary's colours are drawn: done on time green and in progress blue.
    assert (0x2E, 0x7D, 0x32) in colours and (0x15, 0x65, 0xC0) in colours


# ---- the CLI ---------------------------------------------------------------------------------


def run(cli, *args):
    return subprocess.run([cli, *args], capture_output=True, text=True, encoding="utf-8")


@pytest.mark.parametrize("to", ["ics", "csv", "md", "html"])
def test_export_writes_each_format_atomically(cli, tmp_path, to):
    out = tmp_path / f"seed.{to}"
    r = run(cli, "export", str(PLAN), "--events", str(EVENTS), "--as-of", "2024-12-31", "--to", to, "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert str(out) in r.stdout
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    data = out.read_bytes()
    plan = govplan.Plan.load(str(PLAN))
    ev = govplan.evaluate(plan, govplan.EventLog.load(str(EVENTS)), as_of=dt.date(2024, 12, 31))
    if to == "ics":
        assert len(todos(icalendar.Calendar.from_ical(data))) == len(ev.rows)
    elif to == "csv":
        assert data.decode("utf-8-sig") == ev.to_csv()[1:]
    elif to == "md":
        assert data.decode("utf-8") == ev.to_markdown(plan)
    else:
        assert data.decode("utf-8") == ev.to_html(plan, govplan.EventLog.load(str(EVENTS)))


def test_export_reports_problems_with_exit_codes(cli, tmp_path):
    r = run(cli, "export", str(PLAN), "--to", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert r.returncode == 2
    r = run(cli, "export", str(PLAN), "--as-of", "2024-12-31", "--to", "csv", "-o", str(tmp_path / "no" / "x.csv"))
    assert r.returncode == 1 and "x.csv" in r.stderr
    r = run(cli, "export", str(tmp_path / "none.json"), "--to", "csv", "-o", str(tmp_path / "x.csv"))
    assert r.returncode == 1
    assert list(tmp_path.iterdir()) == []
    r = run(cli, "--lang", "en", "export", str(PLAN), "--as-of", "2024-12-31", "--to", "md", "-o", "-")
    assert r.returncode == 0 and r.stdout.startswith("# Plan (draft, not yet numbered")


PORTFOLIO = [str(SOURCE_DIR / "examples" / "portfolio"), str(PLAN), str(EVENTS)]


def test_portfolio_progress_is_silent_when_stderr_is_not_a_terminal(cli):
    r = run(cli, "portfolio", *PORTFOLIO, "--as-of", "2024-12-31")
    assert r.returncode == 1
    assert "kế hoạch đã đánh giá" not in r.stderr


def test_portfolio_shows_progress_on_a_terminal(cli):
    try:
        leader, follower = pty.openpty()
    except OSError as e:
        pytest.skip(f"no pseudo-terminal available: {e}")
    try:
        r = subprocess.run([cli, "portfolio", *PORTFOLIO, "--as-of", "2024-12-31"],
                           stdout=subprocess.PIPE, stderr=follower, timeout=60)
        os.close(follower)
        follower = -1
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    assert r.returncode == 1
    plans = len(json.loads(subprocess.run([cli, "portfolio", *PORTFOLIO, "--as-of", "2024-12-31", "--format", "json"],
                                          capture_output=True).stdout)["plans"])
    assert f"{plans}/{plans} kế hoạch đã đánh giá".encode() in seen
