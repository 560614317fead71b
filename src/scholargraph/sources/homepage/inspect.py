"""What ``scholargraph inspect`` prints: a page as read, section by section, with what was skipped and why."""

from __future__ import annotations

from ...model import Record, Supervision, Work
from .html import PageReport

__all__ = ["render_reports"]


def _describe(record: Record) -> str:
    if isinstance(record, Work):
        authors = ", ".join(name or "?" for name in record.authors)
        venue = record.venue or record.venue_as_written or "no venue"
        ids = "".join(f" {label}:{value}" for label, value in (("arXiv", record.arxiv_id), ("doi", record.doi)) if value)
        return f"work    {record.title} — {authors} — {venue}, {record.year or 'no year'}{ids}"
    if isinstance(record, Supervision):
        start = record.period.start.year if record.period.start else "?"
        end = record.period.end.year if record.period.end else ""
        with_ = f" (with {', '.join(record.cosupervisors)})" if record.cosupervisors else ""
        return f"person  {record.person} — {record.role} — {start}–{end}{with_}"
    return f"{type(record).__name__.lower()}"


def render_reports(reports: list[PageReport]) -> str:
    """The reports as text: per page its encoding, owner and removed parts; per section what was read and skipped."""
    out: list[str] = []
    for report in reports:
        removed = ", ".join(f"{count} {what}" for what, count in sorted(report.removed.items())) or "nothing"
        out.append(f"{report.path} ({report.encoding}); owner: {report.owner or 'not found'}; ignored: {removed}")
        for found in report.structured:
            out.append(f"  structured data at {found}")
        if not report.sections:
            out.append("  no section headings found (Publications, Students, Alumni…)")
        for section in report.sections:
            counts = f"{len(section.records)} read, {len(section.skipped)} skipped"
            out.append(f"  [{section.kind}] {section.heading} (line {section.line}): {counts}")
            out.extend(f"    {record.origin.line:>5}  {_describe(record)}" for record in section.records)
            out.extend(f"    {line:>5}  skipped: {text[:70]!r} — {why}" for line, text, why in section.skipped)
    return "\n".join(out) + "\n"
