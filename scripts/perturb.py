#!/usr/bin/env python3
"""Whether the parser's fields hold when a page changes in ways that should not
matter: a generalization check that needs no gold.

Each dev page is parsed as it is and in variants a page of another outlet could
well look like; every field that changes between the two is printed. A change
is not always wrong (a page cut mid-paragraph, then a footer: its last line is
no longer the page's last), but each one is a decision that depends on
something other than the article, which is where pages never seen go wrong.

Variants:
  noboiler   every line the parser left in boilerplate removed
  notrailer  the boilerplate under the last claimed line removed
  nohead     the boilerplate above the first claimed line removed
  crlf       CRLF line ends
  blank      a blank line between all lines
  menu       a site menu above the page
  footer     a site footer under the page
  share      share buttons under the title
  crumb      a breadcrumb above the title
  kicker     a section's name above the title
  twice      the title printed twice
  nbsp       no-break spaces in the title
  dated      a date line above the title (its own published date may win)
  signed     a reporter's line under the title (its own byline may win)
  ad         an advertisement's label between the first two paragraphs
  related    a "read also" list of two headlines under the article's last line
  views      a view counter under the title
  tags       a tags line under the article's last line (its own tags may win)
  source     a source line under the article's last line (its own source may win)
  ago        a relative date above the title (its own published date may win)
  photo      an archive photo's caption under the title
  comments   a comment section (its heading, a name, a date, a comment) under
             the article's last line
  caption    a photo's caption (no credit) after the first paragraph
  updated    an update's stamp under the title (its own update date may win)
  tweet      a tweet embedded after the first paragraph, as a page's text shows
             it (its text and link, then "— NAME (@handle) DATE")

    cargo build --example parse
    scripts/perturb.py                 # every variant
    scripts/perturb.py menu share      # some of them
    scripts/perturb.py --bulk 500 menu # the first 500 articles of the bulk corpus

Needs ../shared/corpus/dev beside the repository. Prints one line per changed
field, then the counts per variant and field.
"""

from __future__ import annotations

import collections
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(REPO, "target", "debug", "examples", "parse")
DEV = os.path.join(REPO, "..", "shared", "corpus", "dev")
BULK = os.path.join(REPO, "..", "shared", "corpus", "bulk")
ALL = ("noboiler", "notrailer", "nohead", "crlf", "blank", "menu", "footer", "share", "crumb", "kicker", "twice", "nbsp", "dated", "signed", "ad", "related", "views", "tags", "source", "ago", "photo", "comments", "caption", "updated", "tweet")
# Written for this check, in the shapes Arabic news sites print.
MENU = "الرئيسية\nأخبار محلية\nعربي ودولي\nاقتصاد\nرياضة\nثقافة وفنون\nمنوعات\nاتصل بنا\n"
FOOTER = "جميع الحقوق محفوظة © 2025\nسياسة الخصوصية\nاتصل بنا\n"
SHARE = ["شارك", "فيسبوك", "تويتر", "واتساب", "طباعة"]
CRUMB = "الرئيسية » أخبار » محليات"
KICKER = "سياسة"
DATED = "الأحد 12 مايو 2024 - 10:30"
SIGNED = "كتب: سامر الخطيب"
AD = "إعلان"
RELATED = "اقرأ أيضا\nارتفاع أسعار الذهب في الأسواق المحلية\nافتتاح معرض الكتاب بمشاركة واسعة"
VIEWS = "عدد المشاهدات: 1520"
TAGS = "الكلمات المفتاحية: الحدائق، البلدية"
SOURCE = "المصدر: وكالات"
AGO = "منذ 3 ساعات"
PHOTO = "صورة أرشيفية"
CAPTION = "الوزير خلال جولته في المستشفى الجديد"
UPDATED = "آخر تحديث: الاثنين 13 مايو 2024 - 08:15"
TWEET = "#السعودية تستضيف القمة العربية المقبلة في الرياض pic.twitter.com/Ab12Cd34\n— وزارة الخارجية (@KSAMOFA) May 12, 2024"
COMMENTS = "تعليقات القراء\nمحمد أحمد\nمنذ ساعتين\nكلام جميل ونتمنى أن تتحقق هذه الوعود على أرض الواقع في أقرب وقت، فالمواطن ينتظر منذ سنوات."
# The fields a variant may rightly change: what the inserted lines supply.
SUPPLIES = {"updated": {"published"}, "dated": {"published"}, "signed": {"byline"}, "source": {"source"}, "ago": {"published"}}


def roles(path: str) -> dict[int, list[str]]:
    """Line number (1-based) -> the roles `--explain` gives it."""
    out = subprocess.run([BIN, "--explain", path], capture_output=True, text=True, check=True).stdout
    r: dict[int, list[str]] = {}
    n = None
    for line in out.split("\n")[1:]:
        # A row without a number is another part of the line above it.
        m = re.match(r"^\s+(\d+)?\s+(\S+)\s+(\S+)", line)
        if m:
            n = int(m.group(1)) if m.group(1) else n
            if n is not None:
                r.setdefault(n, []).append(m.group(2))
    return r


def fields(a: dict | None) -> dict[str, object]:
    a = a or {}
    body = a.get("body") or []
    dateline = a.get("dateline") or {}
    agency = dateline.get("agency") or {}
    dump = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)  # noqa: E731
    return {
        "kind": a.get("kind"),
        "title": a.get("title"),
        "published": dump(a.get("published")),
        "place": dateline.get("place"),
        "agency": agency.get("name"),
        "byline": dump(a.get("byline")),
        "source": dump(a.get("source")),
        "body_first": body[0][:40] if body else None,
        "body_last": body[-1][:40] if body else None,
    }


def variants(text: str, r: dict[int, list[str]]) -> dict[str, str]:
    lines = text.split("\n")
    boiler = {n for n, rs in r.items() if all(x == "boilerplate" for x in rs)}
    claimed = [n for n in r if n not in boiler]
    first, last = min(claimed, default=0), max(claimed, default=0)
    keep = lambda drop: "\n".join(l for n, l in enumerate(lines, 1) if not drop(n))  # noqa: E731
    title = next((n for n, rs in sorted(r.items()) if "title" in rs), None)
    # A listing claims no line: without its boilerplate nothing is left.
    v = {} if not claimed else {
        "noboiler": keep(lambda n: n in boiler),
        "notrailer": keep(lambda n: n in boiler and n > last),
        "nohead": keep(lambda n: n in boiler and n < first),
    }
    v |= {
        "crlf": text.replace("\n", "\r\n"),
        "blank": "\n\n".join(lines),
        "menu": MENU + text,
        "footer": text.rstrip("\n") + "\n" + FOOTER,
    }
    if title:
        v["share"] = "\n".join(lines[:title] + SHARE + lines[title:])
        v["crumb"] = "\n".join(lines[: title - 1] + [CRUMB] + lines[title - 1 :])
        v["kicker"] = "\n".join(lines[: title - 1] + [KICKER] + lines[title - 1 :])
        v["twice"] = "\n".join(lines[: title - 1] + [lines[title - 1]] + lines[title - 1 :])
        v["nbsp"] = "\n".join(
            lines[: title - 1] + [lines[title - 1].replace(" ", "\u00a0")] + lines[title:]
        )
        v["dated"] = "\n".join(lines[: title - 1] + [DATED] + lines[title - 1 :])
        v["signed"] = "\n".join(lines[:title] + [SIGNED] + lines[title:])
        v["views"] = "\n".join(lines[:title] + [VIEWS] + lines[title:])
        v["ago"] = "\n".join(lines[: title - 1] + [AGO] + lines[title - 1 :])
        v["photo"] = "\n".join(lines[:title] + [PHOTO] + lines[title:])
        v["updated"] = "\n".join(lines[:title] + [UPDATED] + lines[title:])
    body = [n for n, rs in sorted(r.items()) if "body" in rs]
    if len(body) >= 2:
        v["ad"] = "\n".join(lines[: body[0]] + [AD] + lines[body[0] :])
        v["tweet"] = "\n".join(lines[: body[0]] + [TWEET] + lines[body[0] :])
        v["caption"] = "\n".join(lines[: body[0]] + [CAPTION] + lines[body[0] :])
    if claimed:
        v["related"] = "\n".join(lines[:last] + [RELATED] + lines[last:])
        v["tags"] = "\n".join(lines[:last] + [TAGS] + lines[last:])
        v["source"] = "\n".join(lines[:last] + [SOURCE] + lines[last:])
        v["comments"] = "\n".join(lines[:last] + [COMMENTS] + lines[last:])
    return v


def main() -> int:
    args = sys.argv[1:]
    bulk = 0
    if args[:1] == ["--bulk"]:
        bulk, args = int(args[1]), args[2:]
    wanted = args or ALL
    if not os.path.exists(BIN):
        sys.exit(f"no {BIN}: run `cargo build --example parse` first")
    if not os.path.isdir(DEV):
        sys.exit(f"no {DEV}: the shared corpus is needed")
    pages = {}
    if bulk:
        texts = []
        for p in sorted(glob.glob(os.path.join(BULK, "*.txt"))):
            texts.append(open(p, encoding="utf-8").read())
        articles = [a for a in "".join(texts).split("\n\f\n") if a.strip()]
        pages = {f"b{k:04}": a for k, a in enumerate(articles[:bulk])}
    else:
        for p in sorted(glob.glob(os.path.join(DEV, "*.txt"))):
            pages[os.path.basename(p)[:-4]] = open(p, encoding="utf-8").read()
    ids = list(pages)
    records = []
    for i in ids:
        text = pages[i]
        records.append({"id": f"{i}:orig", "text": text})
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            r = roles(f.name)
        for name, page in variants(text, r).items():
            if name in wanted:
                records.append({"id": f"{i}:{name}", "text": page})
    jsonl = "\n".join(json.dumps(x, ensure_ascii=False) for x in records)
    out = subprocess.run([BIN, "--jsonl", "-"], input=jsonl, capture_output=True, text=True, check=True)
    parsed = {}
    for line in out.stdout.splitlines():
        o = json.loads(line)
        parsed[o["id"]] = fields(o.get("article"))
    counts: collections.Counter = collections.Counter()
    for i in ids:
        orig = parsed[f"{i}:orig"]
        for name in wanted:
            got = parsed.get(f"{i}:{name}")
            for k in orig if got else ():
                if orig[k] != got[k] and k not in SUPPLIES.get(name, ()):
                    counts[(name, k)] += 1
                    print(f"{i} {name} {k}: {orig[k]!r} -> {got[k]!r}")
    print(f"{len(ids)} pages")
    for (name, k), c in sorted(counts.items()):
        print(f"{name:10} {k:11} {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
