"""What ``scholargraph inspect`` prints: a page as read, section by section, with what was skipped and why."""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from ...identity.aliases import AliasTable
from ...model.records import Person, Record, Supervision, Work
from . import read_homepage
from .html import PageReport, SectionReport
from .lines import read_text, text_lines
from .sections import split_sections

__all__ = ["render_reports", "text_report"]


def text_report(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> PageReport:
    """A text homepage as read, in the form of an HTML page's report: records and notes placed in
    the section whose heading comes before their line."""
    result = read_homepage(path, shown_as, venues, organizations)
    preamble, sections = split_sections(text_lines(read_text(path, shown_as)))
    owner = next((r.name for r in result.records if isinstance(r, Person)), None)
    reports = [SectionReport("(before the first heading)", "profile", preamble[0].number if preamble else 1)]
    reports += [SectionReport(section.heading.text, section.kind, section.heading.number) for section in sections]
    starts = [report.line for report in reports]
    for record in result.records:
        if isinstance(record, Person):
            continue
        reports[max(bisect_right(starts, record.origin.line) - 1, 0)].records.append(record)
    for problem in result.problems:
        index = max(bisect_right(starts, problem.origin.line) - 1, 0)
        reports[index].skipped.append((problem.origin.line, "", f"{problem.severity.value}: {problem.message}"))
    return PageReport(shown_as, "utf-8", owner, {}, sections=[report for report in reports if report.records or report.skipped])


def _describe(record: Record) -> str:
    if isinstance(record, Work):
        authors = ", ".join(name or "?" for name in record.authors) or "no authors printed"
        venue = record.venue or record.venue_as_written or "no venue"
        ids = "".join(f" {label}:{value}" for label, value in (("arXiv", record.arxiv_id), ("doi", record.doi)) if value)
        return f"work    {record.title} — {authors} — {venue}, {record.year or 'no year'}{ids}"
    if isinstance(record, Supervision):
        start = record.period.start.year if record.period.start else "?"
        end = record.period.end.year if record.period.end else ""
        with_ = f" (with {', '.join(record.cosupervisors)})" if record.cosupervisors else ""
        return f"person  {record.person} — {record.role} — {start}–{end}{with_}"
    return f"{type(record).__name__.lower():<7} {_summary(record)}"


def _summary(record: Record) -> str:
    """A few words for records other than works and people: their name or title."""
    for name in ("title", "name", "degree", "role", "organization"):
        value = getattr(record, name, None)
        if isinstance(value, str):
            return value
    return ""


_BESIDE = "set among the section's entries, and read as none of them"


def render_reports(reports: list[PageReport]) -> str:
    """The reports as text: per page its encoding, owner and removed parts; per section what was read and skipped."""
    out: list[str] = []
    for report in reports:
        removed = ", ".join(f"{count} {what}" for what, count in sorted(report.removed.items())) or "nothing"
        out.append(f"{report.path} ({report.encoding}); owner: {report.owner or 'not found'}; ignored: {removed}")
        for found in report.structured:
            out.append(f"  structured data at {found}")
        if not report.sections:
            out.append("  no section found: no heading names one (Publications, Students, Alumni…) and the page is none")
        if report.unread_headings:
            shown = "; ".join(f"{text[:40]!r} (line {line})" for line, text in report.unread_headings[:12])
            more = f" and {len(report.unread_headings) - 12} more" if len(report.unread_headings) > 12 else ""
            out.append(f"  headings that name no section read here: {shown}{more}")
        for section in report.sections:
            counts = f"{len(section.records)} read, {len(section.skipped)} skipped"
            by = f"; read by {section.read_by}" if section.read_by else ""
            out.append(f"  [{section.kind}] {section.heading} (line {section.line}): {counts}{by}")
            out.extend(f"    {record.origin.line:>5}  {_describe(record)}" for record in section.records)
            out.extend(
                f"    {line:>5}  " + (f"skipped: {text[:70]!r} — {why}" if text else why) for line, text, why in section.skipped
            )
            out.extend(f"    {line:>5}  not read: {text[:70]!r} — {_BESIDE}" for line, text in section.beside)
    return "\n".join(out) + "\n"
