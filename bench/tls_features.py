#!/usr/bin/env python3
"""Salience features tried on Timeline17 outside the program, from `tls_eval --dump FILE`.

    build/release/bench/tls_eval --dump /tmp/tls.tsv
    python3 bench/tls_features.py /tmp/tls.tsv [--only=WORDS] [--screen] [--sentences] [--logistic] [--lexicon]

Reproduces the kept model (salience_model's defaults; its mean must equal tls_eval's), then
scores each family of changes tried for issue 9: the mean date F1 of every setting on the
nine dev timelines, the best one, and the leave-one-out figure (each timeline scored with
the setting best on the other eight; every family includes "off", the kept model, so
leave-one-out below the kept mean means the family does not generalise). --only=WORDS scores only the
families whose description holds WORDS; --screen prints, per feature and timeline, how well it tells the
editors' days from the others among those a re-ranking would move (AUC); --sentences redoes the choice
of the sentences shown for the kept picks with other scores and prints their ROUGE-1. Publication days,
article texts (for content words) and the editors' days come from the dump and the article
paths it names; nothing is keyed to a topic.
"""
import bisect
import collections
import datetime as dt
import math
import os
import re
import sys

DAY = dt.timedelta(days=1)


class Topic:
    def __init__(self, name):
        self.name, self.pub, self.path, self.gold, self.reports = name, {}, {}, set(), {}


def load(path):
    topics = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        f = line.rstrip("\n").split("\t")
        t = topics.setdefault(f[1], Topic(f[1]))
        if f[0] == "D":
            t.pub[int(f[2])] = dt.date.fromisoformat(f[3])
            t.path[int(f[2])] = f[4]
        elif f[0] == "G":
            t.gold.add(dt.date.fromisoformat(f[2]))
        elif f[0] == "R":
            key = (int(f[3]), int(f[4]))
            r = t.reports.setdefault(key, dict(doc=key[0], sent=key[1], gday=dt.date.fromisoformat(f[12]),
                                               background=f[7] == "1", comment=f[14] == "1", text=f[13], timexes=[]))
            r["timexes"].append(dict(day=dt.date.fromisoformat(f[2]), absolute=f[5] == "1", anchor=f[6] == "1",
                                     rule=f[8], tense=f[9], text=f[10]))
    return list(topics.values())


def evidence(t, skip=lambda r: False):
    """Per group day: documents (with 'absolute') and report count, as salience.cpp gathers them."""
    days = collections.defaultdict(lambda: dict(docs={}, reports=0))
    for r in t.reports.values():
        if r["background"] or r["comment"] or skip(r):
            continue
        e = days[r["gday"]]
        e["reports"] += 1
        anchor = [x for x in r["timexes"] if x["anchor"]]
        d = e["docs"].setdefault(r["doc"], dict(absolute=False))
        d["absolute"] = d["absolute"] or bool(anchor and anchor[0]["absolute"])
    return days


KEPT = dict(per_document=1, absolute_bonus=0.5, recalled_bonus=2, recalled_after=14, per_publication_day=0.25,
            per_recalling_day=2, per_published_document=0.25, after_last_publication=60)


def kept(t, skip=lambda r: False, doc_weight=lambda day, doc: 1.0, recall_scale=lambda day: 1.0, **m):
    m = dict(KEPT, **m)
    published_on = collections.Counter(t.pub.values())
    last = max(published_on)
    out = {}
    for day, e in evidence(t, skip).items():
        if (day - last).days > m["after_last_publication"]:
            continue
        score, recall, days, recalling = 0.0, 0.0, set(), set()
        for doc, d in e["docs"].items():
            w = m["per_document"] + (m["absolute_bonus"] if d["absolute"] else 0)
            p = t.pub.get(doc)
            if p:
                days.add(p)
                if (p - day).days >= m["recalled_after"]:
                    recall += m["recalled_bonus"] * doc_weight(day, doc)
                    recalling.add(p)
            score += w * doc_weight(day, doc)
        recall += m["per_recalling_day"] * len(recalling)
        score += recall * recall_scale(day) + m["per_publication_day"] * len(days)
        score += m["per_published_document"] * (published_on.get(day, 0) + published_on.get(day + DAY, 0))
        out[day] = score
    return out


def pick(scores, k):
    ranked = sorted(scores.items())
    ranked.sort(key=lambda x: -x[1])  # stable: ties to the earlier day, as select_top
    return {d for d, _ in ranked[:k]}


def f1(picked, gold):
    hits = len(picked & gold)
    return 0.0 if hits == 0 else 2 * hits / (len(picked) + len(gold))


# ---- content words and document vectors -------------------------------------------------------
STOP = set("""the a an of to in on and or for with by at from as is was were be been are that this it its he she they
his her their who which said says say after before over into than but not has have had will would could should may can
also about more most new one two three first last week day days year month monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december yesterday today
tomorrow night morning evening mr mrs people there them we our you what when where while up out off all some any other
no so if then just""".split())


def words(text):
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and len(w) > 2]


def unit_tfidf(counts):
    """Word counts per key -> tf-idf vectors of unit length (idf over the keys)."""
    df = collections.Counter(w for c in counts.values() for w in c)
    idf = {w: math.log(len(counts) / n) for w, n in df.items()}
    out = {}
    for key, c in counts.items():
        v = {w: n * idf[w] for w, n in c.items() if idf[w] > 0}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        out[key] = {w: x / norm for w, x in v.items()}
    return out


_vectors = {}


def doc_vectors(t, first_words=60):
    """tf-idf of each article's first content words, unit length."""
    if t.name not in _vectors:
        counts = {d: collections.Counter(words(open(p, encoding="utf-8", errors="replace").read())[:first_words])
                  for d, p in t.path.items()}
        _vectors[t.name] = unit_tfidf(counts)
    return _vectors[t.name]


def cosine(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0) for w, x in a.items())


def novelty_by_day(t, window=7):
    """Per publication day: summed novelty (1 - max cosine to the articles of the `window` days before)."""
    vecs, by_day = doc_vectors(t), collections.defaultdict(list)
    for d, p in t.pub.items():
        by_day[p].append(d)
    out = collections.Counter()
    for d, p in t.pub.items():
        before = [e for q in range(1, window + 1) for e in by_day.get(p - q * DAY, [])]
        out[p] += 1 - max((cosine(vecs[d], vecs[e]) for e in before), default=0)
    return out


# ---- the families -----------------------------------------------------------------------------
def strata(t, bins, share):
    """Periodisation: `share` of the K picks split evenly over `bins` equal parts of the publications."""
    scores, k = kept(t), len(t.gold)
    pubs = sorted(t.pub.values())
    part = lambda d: min(bins - 1, int(bisect.bisect_left(pubs, d) / len(pubs) * bins))
    chosen = set()
    for b in range(bins):
        inside = sorted(((d, s) for d, s in sorted(scores.items()) if part(d) == b), key=lambda x: -x[1])
        chosen |= {d for d, _ in inside[:round(k * share / bins)]}
    rest = sorted(((d, s) for d, s in sorted(scores.items()) if d not in chosen), key=lambda x: -x[1])
    chosen |= {d for d, _ in rest[:max(0, k - len(chosen))]}
    return set(sorted(chosen, key=lambda d: -scores[d])[:k])


def diversity(t, alpha, tau_share):
    """Greedy picks; each pick lowers the others by alpha * exp(-distance / tau), tau = share * span / K."""
    scores, k = dict(kept(t)), len(t.gold)
    pubs = sorted(t.pub.values())
    tau = max(0.5, tau_share * max(1, (pubs[-1] - pubs[0]).days) / k)
    chosen = set()
    while scores and len(chosen) < k:
        d = max(sorted(scores), key=lambda x: scores[x])
        chosen.add(d)
        del scores[d]
        for e in scores:
            scores[e] *= 1 - alpha * math.exp(-abs((e - d).days) / tau)
    return chosen


def opportunity(t, gamma, floor):
    """Recall divided by (share of the articles published 14 days or more after the day)^gamma."""
    pubs = sorted(t.pub.values())
    share = lambda day: (len(pubs) - bisect.bisect_left(pubs, day + 14 * DAY)) / len(pubs)
    return pick(kept(t, recall_scale=lambda day: 1 / max(share(day), floor) ** gamma), len(t.gold))


def novelty(t, on_day, day_before):
    nov = novelty_by_day(t)
    s = kept(t)
    return pick({d: v + on_day * nov.get(d, 0) + day_before * nov.get(d + DAY, 0) for d, v in s.items()}, len(t.gold))


def agreement(t, beta, rounds):
    """A document weighs (best score among its days / median)^beta; scores recomputed `rounds` times."""
    weights = {}
    days = evidence(t)
    for _ in range(rounds):
        s = kept(t, doc_weight=lambda day, doc: weights.get(doc, 1.0))
        best = collections.defaultdict(float)
        for day, e in days.items():
            for doc in e["docs"]:
                if day in s:
                    best[doc] = max(best[doc], s[day])
        median = sorted(best.values())[len(best) // 2]
        weights = {d: (v / median) ** beta for d, v in best.items()}
    return pick(kept(t, doc_weight=lambda day, doc: weights.get(doc, 1.0)), len(t.gold))


def starts_with_its_date(r):
    text = re.sub(r"^[\W_]*", "", r["text"]).lower()
    return any(x["anchor"] and text.startswith(x["text"].lower()) for x in r["timexes"])


def chronologies(t, beta, min_days=4):
    """+beta per chronology article (4+ days each opening a sentence: '22 April: The rig sinks') listing the day."""
    listed = collections.defaultdict(set)
    for r in t.reports.values():
        if not (r["background"] or r["comment"]) and starts_with_its_date(r):
            listed[r["doc"]].add(r["gday"])
    count = collections.Counter(d for days in listed.values() if len(days) >= min_days for d in days)
    return pick({d: v + beta * count.get(d, 0) for d, v in kept(t).items()}, len(t.gold))


def copies(t, weight, dice=0.8):
    """A document whose every report of the day has a near-copy (Dice >= 0.8) in an earlier one weighs `weight`."""
    by_day = collections.defaultdict(lambda: collections.defaultdict(list))
    for r in t.reports.values():
        if not (r["background"] or r["comment"]):
            by_day[r["gday"]][r["doc"]].append(set(words(r["text"])))
    copied = set()
    for day, docs in by_day.items():
        seen = []
        for d in sorted(docs, key=lambda d: (t.pub.get(d), d)):
            sets = [s for s in docs[d] if s]
            if sets and all(any(2 * len(s & o) / (len(s) + len(o)) >= dice for o in seen) for s in sets):
                copied.add((day, d))
            seen.extend(sets)
    return pick(kept(t, doc_weight=lambda day, doc: weight if (day, doc) in copied else 1.0), len(t.gold))


def named_by_the_day(r):
    """'Tuesday's vote', 'the 12 January earthquake': the day names the happening."""
    for x in r["timexes"]:
        i = r["text"].find(x["text"]) if x["anchor"] else -1
        if i < 0:
            continue
        after, before = r["text"][i + len(x["text"]):].split(), r["text"][:i].split()
        if after and after[0] == "'s":
            return True
        if before and before[-1].lower() == "the" and after and after[0].isalpha() and after[0].islower() \
                and after[0] not in STOP and after[0] not in ("and", "to", "of", "in", "on", "at", "for", "by", "with"):
            return True
    return False


def attributive(t, beta):
    docs = collections.defaultdict(set)
    for r in t.reports.values():
        if not (r["background"] or r["comment"]) and named_by_the_day(r):
            docs[r["gday"]].add(r["doc"])
    return pick({d: v + beta * len(docs.get(d, ())) for d, v in kept(t).items()}, len(t.gold))


def first_burst(t, beta, threshold, window=7, min_size=3):
    """Articles linked by cosine >= threshold within `window` days; +beta x size on the day before a cluster's
    first publication (a candidate even when no sentence names it)."""
    vecs, docs = doc_vectors(t), sorted(t.pub, key=lambda d: (t.pub[d], d))
    parent = {d: d for d in docs}

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(docs):
        for b in docs[i + 1:]:
            if (t.pub[b] - t.pub[a]).days > window:
                break
            if cosine(vecs[a], vecs[b]) >= threshold:
                parent[root(b)] = root(a)
    clusters = collections.defaultdict(list)
    for d in docs:
        clusters[root(d)].append(d)
    add = collections.Counter()
    for c in clusters.values():
        if len(c) >= min_size:
            add[min(t.pub[d] for d in c) - DAY] += len(c)
    s = kept(t)
    return pick({d: s.get(d, 0) + beta * add.get(d, 0) for d in set(s) | set(add)}, len(t.gold))


def late_view(t, beta, last_share):
    """+beta per article among the last `last_share` of the publications that mentions the day (a day later)."""
    pubs = sorted(t.pub.values())
    cut = pubs[int(len(pubs) * (1 - last_share))]
    add = {day: sum(1 for doc in e["docs"] if t.pub.get(doc) and t.pub[doc] >= cut and (t.pub[doc] - day).days >= 1)
           for day, e in evidence(t).items()}
    return pick({d: v + beta * add.get(d, 0) for d, v in kept(t).items()}, len(t.gold))


def page_stamps(t, drop):
    """A first-sentence clock time or full date equal to the publication day (the page's time stamp) is no report."""
    def stamp(r):
        anchor = [x for x in r["timexes"] if x["anchor"]]
        return drop and r["sent"] == 0 and anchor and anchor[0]["day"] == t.pub.get(r["doc"]) and \
            anchor[0]["rule"].startswith(("time_of_day", "calendar.explicit"))
    return pick(kept(t, skip=stamp), len(t.gold))


def told_a_day_apart(t, threshold):
    """Picks in order of score; a day next to a picked day whose reports' words are as alike as `threshold`
    (tf-idf cosine of the two days' report words) is the same happening told a day apart: skipped."""
    bags = collections.defaultdict(collections.Counter)
    for r in t.reports.values():
        if not (r["background"] or r["comment"]):
            bags[r["gday"]].update(set(words(r["text"])))
    unit = unit_tfidf(bags)
    ranked = sorted(kept(t).items())
    ranked.sort(key=lambda x: -x[1])
    chosen = set()
    for d, _ in ranked:
        if len(chosen) == len(t.gold):
            break
        if not any(n in chosen and cosine(unit[d], unit[n]) >= threshold for n in (d - DAY, d + DAY)):
            chosen.add(d)
    return chosen


# ---- what the dating sentence says, news volume, the sentence's own salience (this session) ----
SPEECH = set("""said says told tells added adds stated claimed claims insisted warned admitted denied confirmed confirms
reported announced revealed wrote argued urged declared acknowledged explained noted suggested testified""".split())
SCHEDULE_WORDS = set("due scheduled expected planned plans plan set deadline until will to".split())
RECALL_WORDS = set("since after before following ahead".split())


def role(r):
    """The role of a report's date in its sentence: 'schedule' (future tense, 'due on', 'until Friday'),
    'recall' ('since April 20', 'after the explosion on April 20'), 'attribution' ('X said on Tuesday'),
    'named' ('Tuesday's vote'), else 'event' (past tense) or 'present' / 'unknown' (the clause's tense)."""
    anchor = [x for x in r["timexes"] if x["anchor"]]
    if not anchor:
        return "unknown"
    x, text = anchor[0], r["text"]
    i = text.find(x["text"])
    if i < 0:
        return "unknown"
    before = [w.lower() for w in re.findall(r"[A-Za-z']+|\d+|[^\sA-Za-z\d]", text[:i])][-5:]
    after = text[i + len(x["text"]):].split()[:1]
    if x["tense"] == "future" or any(w in SCHEDULE_WORDS for w in before[-3:]):
        return "schedule" if x["tense"] == "future" or not any(w in RECALL_WORDS for w in before[-2:]) else "recall"
    if any(w in RECALL_WORDS for w in before[-2:]) or (len(before) >= 3 and before[-1] in ("on", "in") and
                                                       before[-3] == "the" and before[-2].isalpha()):
        return "recall"
    if any(w in SPEECH for w in before):
        return "attribution"
    if after and after[0] in ("'s", "’s"):
        return "named"
    return {"past": "event", "present": "present"}.get(x["tense"], "unknown")


def role_weights(t, attribution, schedule, present, recall):
    """A document counts for a day with the best weight among its reports' roles (event 1)."""
    w = dict(attribution=attribution, schedule=schedule, present=present, unknown=present, recall=recall, named=recall)
    best = collections.defaultdict(float)
    for r in t.reports.values():
        if not (r["background"] or r["comment"]):
            best[(r["gday"], r["doc"])] = max(best[(r["gday"], r["doc"])], w.get(role(r), 1.0))
    return pick(kept(t, doc_weight=lambda day, doc: best.get((day, doc), 1.0)), len(t.gold))


def role_count(t, name, beta):
    """+beta per document with a report of the role."""
    docs = collections.defaultdict(set)
    for r in t.reports.values():
        if not (r["background"] or r["comment"]) and role(r) == name:
            docs[r["gday"]].add(r["doc"])
    return pick({d: v + beta * len(docs.get(d, ())) for d, v in kept(t).items()}, len(t.gold))


def volume(t, first, last, beta):
    """Score x (1 + beta x the articles published per day over d+first..d+last / the story's articles per day)."""
    published_on = collections.Counter(t.pub.values())
    per_day = len(t.pub) / len(published_on)
    return pick({d: v * (1 + beta * sum(published_on.get(d + k * DAY, 0) for k in range(first, last + 1))
                         / per_day / (last - first + 1)) for d, v in kept(t).items()}, len(t.gold))


def months_later(t, after, beta):
    """+beta per document published `after` days or more after the day (recalled months later)."""
    add = {day: sum(1 for doc in e["docs"] if doc in t.pub and (t.pub[doc] - day).days >= after)
           for day, e in evidence(t).items()}
    return pick({d: v + beta * add.get(d, 0) for d, v in kept(t).items()}, len(t.gold))


_overlap = {}


def centroid_overlap(t, top):
    """Per report: its content words among the story's `top` most frequent (over the articles), / sqrt(its
    words), divided by the story's median."""
    if (t.name, top) not in _overlap:
        df = collections.Counter()
        for p in t.path.values():
            df.update(set(words(open(p, encoding="utf-8", errors="replace").read())))
        centroid = {w for w, _ in df.most_common(top)}
        raw = {}
        for key, r in t.reports.items():
            if not (r["background"] or r["comment"]):
                ws = set(words(r["text"]))
                raw[key] = len(ws & centroid) / math.sqrt(len(ws)) if ws else 0.0
        median = sorted(raw.values())[len(raw) // 2] or 1
        _overlap[(t.name, top)] = {k: v / median for k, v in raw.items()}
    return _overlap[(t.name, top)]


def centroid_documents(t, top, beta):
    """A document weighs (its best report's centroid overlap)^beta."""
    overlap, best = centroid_overlap(t, top), collections.defaultdict(float)
    for key, r in t.reports.items():
        if key in overlap:
            best[(r["gday"], r["doc"])] = max(best[(r["gday"], r["doc"])], overlap[key])
    return pick(kept(t, doc_weight=lambda day, doc: max(0.05, best.get((day, doc), 1.0)) ** beta), len(t.gold))


def centroid_days(t, top, beta):
    """A day x (1 + beta x (the mean overlap of its three best reports - 1))."""
    overlap, per_day = centroid_overlap(t, top), collections.defaultdict(list)
    for key, r in t.reports.items():
        if key in overlap:
            per_day[r["gday"]].append(overlap[key])
    best3 = {d: sum(sorted(v, reverse=True)[:3]) / 3 for d, v in per_day.items()}
    return pick({d: v * (1 + beta * (best3.get(d, 1) - 1)) for d, v in kept(t).items()}, len(t.gold))


def fusion(t, window, k0, weight):
    """Reciprocal rank fusion of the kept score with the immediate coverage (documents published 0..window days
    after the day)."""
    s = kept(t)
    immediate = {day: sum(1 for doc in e["docs"] if doc in t.pub and 0 <= (t.pub[doc] - day).days <= window)
                 for day, e in evidence(t).items()}
    rank = lambda scores: {d: i for i, d in enumerate(sorted(sorted(scores), key=lambda d: -scores[d]))}
    a, b = rank(s), rank({d: immediate.get(d, 0) for d in s})
    return pick({d: 1 / (k0 + a[d]) + weight / (k0 + b[d]) for d in s}, len(t.gold))


FAMILIES = [
    ("periodisation: share of K spread evenly over B parts of the publications (B, share)", strata,
     [(b, s) for b in (2, 3, 4, 6) for s in (0.5, 1.0)]),
    ("temporal diversity: greedy, picks lower their neighbours (alpha, tau share)", diversity,
     [(a, s) for a in (0.1, 0.2, 0.5) for s in (0.1, 0.5, 2)]),
    ("recall / opportunity^gamma (gamma, floor)", opportunity, [(g, f) for g in (0.25, 0.5, 1) for f in (0.1, 0.3)]),
    ("novel articles: + x summed novelty on the day, + y on the day after (x, y)", novelty,
     [(0.5, 0), (1, 0), (2, 0), (0, 1), (1, 1)]),
    ("document agreement: weight (best day score / median)^beta (beta, rounds)", agreement,
     [(b, n) for b in (0.25, 0.5, 1) for n in (1, 2)]),
    ("chronology articles: + beta per listing", chronologies, [(1,), (2,), (4,), (8,)]),
    ("copied reports weigh (weight)", copies, [(0,), (0.25,), (0.5,)]),
    ("the day names the happening ('Tuesday's vote'): + beta per document", attributive, [(0.5,), (1,), (2,)]),
    ("first burst of similar articles: + beta x size the day before (beta, cosine)", first_burst,
     [(b, c) for b in (0.25, 0.5, 1, 2) for c in (0.3, 0.5)]),
    ("view from the end: + beta per article of the last share (beta, share)", late_view,
     [(b, s) for b in (0.5, 1, 2) for s in (0.1, 0.25, 0.5)]),
    ("page time stamps dropped", page_stamps, [(True,)]),
    ("the same happening told a day apart: skip a neighbour of a pick this alike (cosine)", told_a_day_apart,
     [(0.1,), (0.2,), (0.3,), (0.5,)]),
    ("role of the date: a document weighs its best report's role (attribution, schedule, present/unknown, recall)",
     role_weights, [(a, s, p, r) for a in (0.5, 1) for s in (0.5, 1) for p in (0.5, 0.75, 1) for r in (1, 1.5)
                      if (a, s, p, r) != (1, 1, 1, 1)]),
    ("role of the date: + beta per document with a report of the role (role, beta)", role_count,
     [(n, b) for n in ("recall", "attribution", "schedule", "present") for b in (-1, -0.5, 0.5, 1)]),
    ("news volume: x (1 + beta x articles per day over d+first..d+last / the story's) (first, last, beta)", volume,
     [(a, b, beta) for a, b in ((0, 1), (0, 3), (1, 3)) for beta in (0.1, 0.2, 0.4)]),
    ("recalled months later: + beta per document published `after` days or more later (after, beta)", months_later,
     [(a, b) for a in (60, 120) for b in (0.5, 1, 2)]),
    ("the sentence's salience: a document weighs (best report's overlap with the story's top words)^beta (top, beta)",
     centroid_documents, [(n, b) for n in (30, 100) for b in (0.25, 0.5, 1)]),
    ("the sentence's salience: a day x (1 + beta (its 3 best reports' overlap - 1)) (top, beta)", centroid_days,
     [(n, b) for n in (30, 100) for b in (0.1, 0.25, 0.5)]),
    ("rank fusion with the immediate coverage (window, k0, weight)", fusion,
     [(w, k, x) for w in (1, 3, 7) for k in (5, 20, 60) for x in (0.25, 0.5)]),
]


def logistic(topics, l2=10.0, iterations=200):
    """Logistic regression over 16 per-topic standardised features, trained on eight topics, scored on the ninth."""
    def features(t):
        published_on, pubs = collections.Counter(t.pub.values()), sorted(t.pub.values())
        first, last, nov = pubs[0], pubs[-1], novelty_by_day(t)
        past, told = collections.Counter(), collections.Counter()
        named = collections.defaultdict(set)
        for r in t.reports.values():
            anchor = [x for x in r["timexes"] if x["anchor"]]
            if r["background"] or r["comment"] or not anchor:
                continue
            told[r["gday"]] += 1
            past[r["gday"]] += anchor[0]["tense"] == "past"
            if named_by_the_day(r):
                named[r["gday"]].add(r["doc"])
        rows = {}
        for day, e in evidence(t).items():
            if (day - last).days > 60:
                continue
            p = [t.pub[d] for d in e["docs"] if d in t.pub]
            lags = [(q - day).days for q in p]
            counts = [len(e["docs"]), sum(d["absolute"] for d in e["docs"].values()), sum(x >= 14 for x in lags),
                      len(set(p)), len({q for q in p if (q - day).days >= 14}), published_on.get(day, 0),
                      published_on.get(day + DAY, 0), e["reports"], sum(1 <= x <= 3 for x in lags),
                      sum(x < 0 for x in lags), len(named.get(day, ())), nov.get(day, 0)]
            rows[day] = [math.log1p(c) for c in counts] + [
                past[day] / told[day] if told[day] else 0, bisect.bisect_left(pubs, day) / len(pubs),
                float(day < first), min(1.0, (last - day).days / 60)]
        for j in range(16):
            col = [v[j] for v in rows.values()]
            mu = sum(col) / len(col)
            sd = math.sqrt(sum((c - mu) ** 2 for c in col) / len(col)) or 1
            for v in rows.values():
                v[j] = (v[j] - mu) / sd
        return rows

    rows = {t.name: features(t) for t in topics}
    scores = []
    for held in topics:
        w = [0.0] * 17
        for _ in range(iterations):
            g = [0.0] * 17
            for t in topics:
                if t is held:
                    continue
                for day, x in rows[t.name].items():
                    z = w[16] + sum(a * b for a, b in zip(w, x))
                    d = (1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - (day in t.gold)) / len(rows[t.name])
                    for j in range(16):
                        g[j] += d * x[j]
                    g[16] += d
            for j in range(16):
                w[j] -= 0.5 * (g[j] / 8 + l2 * w[j] / 100)
            w[16] -= 0.5 * g[16] / 8
        s = {day: sum(a * b for a, b in zip(w, x)) for day, x in rows[held.name].items()}
        scores.append(f1(pick(s, len(held.gold)), held.gold))
    return scores


def editors_words(t):
    """The content words of the editors' sentences (the topic's timelines/ beside its InputDocs/)."""
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(next(iter(t.path.values()))))), "timelines")
    counts = collections.Counter()
    for name in sorted(os.listdir(folder)):
        for line in open(os.path.join(folder, name), encoding="utf-8", errors="replace"):
            if not (re.match(r"^\d{4}-\d\d-\d\d\s*$", line) or line.startswith("-----")):
                counts.update(words(line))
    return counts


def editors_lexicon(topics, weight=(0.25, 0.5, 1, 2, 5, 10, 30), min_stories=3):
    """Words of the editors' sentences against the reports' words (log-odds), kept when they occur in the
    editors' sentences of `min_stories` stories, learnt on the other stories (a story: the topic's name
    before '_', so the three bpoil timelines are held out together); a day's score x (1 + weight x the mean
    of its three best reports' positive word weights)."""
    story = lambda t: t.name.split("_")[0]
    editors = {t.name: editors_words(t) for t in topics}
    reports = {t.name: collections.Counter(w for r in t.reports.values()
                                           if not (r["background"] or r["comment"]) for w in words(r["text"]))
               for t in topics}
    results = {w: [] for w in weight}
    for held in topics:
        e, b, stories = collections.Counter(), collections.Counter(), collections.defaultdict(set)
        for t in topics:
            if story(t) != story(held):
                e.update(editors[t.name])
                b.update(reports[t.name])
                for w in editors[t.name]:
                    stories[w].add(story(t))
        ne, nb = sum(e.values()), sum(b.values())
        lexicon = {w: math.log((e[w] + 1) / (ne + 1e4)) - math.log((b[w] + 1) / (nb + 1e4))
                   for w in e if len(stories[w]) >= min_stories}
        per_day = collections.defaultdict(list)
        for r in held.reports.values():
            if not (r["background"] or r["comment"]):
                ws = [lexicon.get(w, 0) for w in words(r["text"])]
                per_day[r["gday"]].append(sum(max(0, x) for x in ws) / max(1, len(ws)))
        best3 = {d: sum(sorted(v, reverse=True)[:3]) / min(3, len(v)) for d, v in per_day.items()}
        s = kept(held)
        for w in weight:
            results[w].append(f1(pick({d: v * (1 + w * best3.get(d, 0)) for d, v in s.items()}, len(held.gold)),
                                 held.gold))
    return results


def screen(topics):
    """Per feature and timeline: how well it tells the editors' days from the others among the days ranked
    K/2..2K by the kept model (the days a re-ranking would move), as the area under the ROC curve (0.5: no
    information; the kept score itself is the first row)."""
    def rows(t):
        s, pubs = kept(t), sorted(t.pub.values())
        published_on = collections.Counter(pubs)
        per_day = len(pubs) / len(published_on)
        reports = collections.defaultdict(list)
        for r in t.reports.values():
            if not (r["background"] or r["comment"]):
                reports[r["gday"]].append(r)
        overlap = centroid_overlap(t, 30)
        out = {}
        for d, score in s.items():
            rs = reports[d]
            lags = [(t.pub[r["doc"]] - d).days for r in rs if r["doc"] in t.pub]
            roles = collections.Counter(role(r) for r in rs)
            n = max(1, len(rs))
            f = dict(score=score, documents=len({r["doc"] for r in rs}), reports=len(rs),
                     volume_d_d1=(published_on.get(d, 0) + published_on.get(d + DAY, 0)) / per_day,
                     volume_d1_d3=sum(published_on.get(d + k * DAY, 0) for k in (1, 2, 3)) / per_day,
                     lag_0_3=sum(0 <= x <= 3 for x in lags) / max(1, len(lags)),
                     lag_14=sum(x >= 14 for x in lags) / max(1, len(lags)),
                     position=bisect.bisect_left(pubs, d) / len(pubs),
                     next_day_score=s.get(d + DAY, 0) / score,
                     centroid=max((overlap[k] for k, r in t.reports.items() if k in overlap and r["gday"] == d),
                                  default=0))
            for name in ("event", "recall", "attribution", "schedule", "present", "unknown", "named"):
                f["role_" + name] = roles[name] / n
            out[d] = f
        return out

    def auc(pos, neg):
        pairs = [1 if p > q else 0.5 if p == q else 0 for p in pos for q in neg]
        return sum(pairs) / len(pairs) if pairs else float("nan")

    table = {t.name: rows(t) for t in topics}
    names = list(next(iter(next(iter(table.values())).values())))
    print("\nscreen: AUC of each feature, editors' days against the others ranked K/2..2K\n"
          + f"{'feature':16}" + "".join(f"{t.name[:8]:>9}" for t in topics) + "     mean")
    for name in names:
        aucs = []
        for t in topics:
            r = table[t.name]
            band = sorted(sorted(r), key=lambda d: -r[d]["score"])[len(t.gold) // 2: 2 * len(t.gold)]
            aucs.append(auc([r[d][name] for d in band if d in t.gold], [r[d][name] for d in band if d not in t.gold]))
        good = [a for a in aucs if a == a]
        print(f"{name:16}" + "".join(f"{a:9.2f}" for a in aucs) + f"{sum(good) / len(good):9.3f}")


# ---- the sentences shown for a day (ROUGE-1), redone outside the program ----------------------
MERGE_STOP = set("""a about according after again all already also am an and any are as at be been before being both but by
can could did do does down during each even few for from further had has have he her here his how i if in into is it its
just many may me might more most much must my no not of off on only or other our out over own s said same say says shall
she should since so some still such t than that the their them then there these they this those to told too until up
very was we were what when where which while who whom whose why will with would yet you your""".split())


def stems(text):
    """merge.hpp's content_words: lowercased, stop words out, cut to five letters."""
    out = set()
    for w in re.findall(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?", text):
        w = w.lower().replace("’", "'")
        w = w[:-2] if w.endswith("'s") else w
        if w and w not in MERGE_STOP:
            out.add(w[:5])
    return out


def editors_sentences(t):
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(next(iter(t.path.values()))))), "timelines")
    out, day = {}, None
    for name in sorted(os.listdir(folder)):
        for line in open(os.path.join(folder, name), encoding="utf-8", errors="replace"):
            line = line.rstrip("\r\n")
            if line.startswith("-----"):
                day = None
            elif day is None and re.match(r"^\d{4}-\d\d-\d\d$", line):
                day = dt.date.fromisoformat(line)
                out[day] = ""
            elif day is not None:
                out[day] += line + "\n"
    return out


def chosen_sentences(reports, score, count=2):
    """top_dates.cpp's representative_reports with the centrality replaced by score(report, stems, centrality)."""
    def tells(r):
        anchor = [x for x in r["timexes"] if x["anchor"]]
        return not anchor or (anchor[0]["tense"] != "future" and not anchor[0]["rule"].startswith("time_of_day"))
    candidates = [r for r in reports if tells(r)] or list(reports)
    ws = [stems(r["text"]) for r in candidates]
    dice = lambda a, b: 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0
    centrality = [sum(dice(ws[i], ws[j]) for j in range(len(ws)) if j != i) / max(1, len(ws) - 1)
                  for i in range(len(ws))]
    order = sorted(range(len(candidates)), key=lambda i: -score(candidates[i], ws[i], centrality[i]))
    chosen = []
    for i in order:
        if len(chosen) < count and not any(dice(ws[i], ws[k]) >= 0.5 for k in chosen):
            chosen.append(i)
    return [candidates[i]["text"] for i in chosen]


def sentence_rouge(t, score):
    """ROUGE-1 F1 of the sentences chosen for the kept model's picks, as tls_eval counts it."""
    editors, picks = editors_sentences(t), pick(kept(t), len(t.gold))
    per_day = collections.defaultdict(list)
    for key in sorted(t.reports):
        r = t.reports[key]
        if not (r["background"] or r["comment"]) and r["gday"] in picks:
            per_day[r["gday"]].append(r)
    unigrams = lambda text: collections.Counter(re.findall(r"[a-z0-9]+", text.lower()))
    shared = system = reference = 0
    for day in sorted(picks & set(editors)):
        s, g = unigrams("\n".join(chosen_sentences(per_day[day], score))), unigrams(editors[day])
        shared += sum(min(n, g[w]) for w, n in s.items())
        system, reference = system + sum(s.values()), reference + sum(g.values())
    return 0.0 if shared == 0 else 2 * shared / (system + reference)


def sentences(topics):
    top_words = {}
    for t in topics:
        df = collections.Counter()
        for r in t.reports.values():
            if not (r["background"] or r["comment"]):
                df.update(stems(r["text"]))
        top_words[t.name] = [w for w, _ in df.most_common(200)]
    past = lambda r: any(x["anchor"] and x["tense"] == "past" for x in r["timexes"])
    variants = [("kept: the day's centroid", lambda t: lambda r, w, c: c)]
    for n in (20, 50, 100, 200):
        for lam in (0.05, 0.1, 0.2, 0.5):
            variants.append((f"+ {lam} x overlap with the story's {n} top words",
                             lambda t, n=n, lam=lam: (lambda r, w, c, top=set(top_words[t.name][:n]):
                                                      c + lam * len(w & top) / math.sqrt(len(w)) if w else c)))
    for lam in (0.02, 0.05, 0.1):
        variants.append((f"- {lam} x words / 30", lambda t, lam=lam: lambda r, w, c: c - lam * len(w) / 30))
        variants.append((f"+ {lam} when past tense", lambda t, lam=lam: lambda r, w, c: c + (lam if past(r) else 0)))
    print("\nsentences shown (ROUGE-1 F1 of the kept model's picks, per timeline)")
    for name, make in variants:
        scores = [sentence_rouge(t, make(t)) for t in topics]
        print(f"  {name:44} {sum(scores) / len(scores):.3f}  " + " ".join(f"{x:.3f}" for x in scores))


def main():
    topics = load(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/tls.tsv")
    base = [f1(pick(kept(t), len(t.gold)), t.gold) for t in topics]
    mean = lambda xs: sum(xs) / len(xs)
    print(f"kept model: mean date F1 {mean(base):.3f} ({' '.join(f'{x:.2f}' for x in base)})")
    only = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--only=")), "")
    for name, family, settings in FAMILIES:
        if only not in name:
            continue
        results = {s: [f1(family(t, *s), t.gold) for t in topics] for s in settings}
        results[("off",)] = base
        order = [("off",)] + settings
        best = max(order, key=lambda s: mean(results[s]))
        held = [results[max(order, key=lambda s: sum(results[s]) - results[s][i])][i] for i in range(len(topics))]
        print(f"\n{name}\n  " + ", ".join(f"{s}: {mean(results[s]):.3f}" for s in settings)
              + f"\n  best {best}: {mean(results[best]):.3f}; leave-one-out {mean(held):.3f}")
    if "--screen" in sys.argv:
        screen(topics)
    if "--sentences" in sys.argv:
        sentences(topics)
    if "--lexicon" in sys.argv:
        results = editors_lexicon(topics)
        print("\neditors' words learnt on the other stories, held out by story: "
              + ", ".join(f"x{w}: {mean(v):.3f}" for w, v in results.items()))
    if "--logistic" in sys.argv:
        held = logistic(topics)
        print(f"\nlogistic regression, leave-one-topic-out: {mean(held):.3f} ({' '.join(f'{x:.2f}' for x in held)})")


if __name__ == "__main__":
    main()
