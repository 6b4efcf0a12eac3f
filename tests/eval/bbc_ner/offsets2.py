#!/usr/bin/env python3
"""Convert hand annotations (surface, label, occurrence) of BBC dev articles to offsets.

Annotations live in ANN below, one block per article id, one entity per line:
    surface|LABEL          the surface occurs exactly once (word-bounded) in the text
    surface|LABEL|2,3      the 2nd and 3rd word-bounded occurrences (1-based)
    surface|LABEL|*        every occurrence not inside another annotated span
The script checks text[start:end] == surface and that spans do not overlap, and writes
part2.jsonl (sorted by id, entities by start). `--review ID` lists every occurrence of each
annotated surface with context, marked '+' (annotated) or '-' (not), to re-read an article.
The article text itself is never written to the repo; only offsets, labels and surfaces.
"""
import json
import os
import sys

BBC = os.path.join(os.path.dirname(__file__), "../../../../shared/data/news/bbc.jsonl")
if not os.path.exists(BBC):
    BBC = "/work/shared/data/news/bbc.jsonl"
OUT = os.path.join(os.path.dirname(__file__), "part2.jsonl")
LABELS = set("PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE DATE TIME "
             "PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())

ANN = {}


def occurrences(text, s):
    """Word-bounded occurrences of s in text: [start, ...]."""
    out, i = [], text.find(s)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(s)] if i + len(s) < len(text) else " "
        if not (before.isalnum() and s[0].isalnum()) and not (after.isalnum() and s[-1].isalnum()):
            out.append(i)
        i = text.find(s, i + 1)
    return out


def parse(block):
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        surface, label = parts[0], parts[1]
        occ = parts[2] if len(parts) > 2 else None
        assert label in LABELS, line
        yield surface, label, occ


def convert(aid, text):
    explicit, star = [], []
    for surface, label, occ in parse(ANN[aid]):
        occs = occurrences(text, surface)
        if not occs:
            sys.exit(f"{aid}: {surface!r} not found")
        if occ is None:
            if len(occs) != 1:
                sys.exit(f"{aid}: {surface!r} occurs {len(occs)} times; give occurrences")
            explicit.append((occs[0], occs[0] + len(surface), label, surface))
        elif occ == "*":
            star.extend((o, o + len(surface), label, surface) for o in occs)
        else:
            for n in occ.split(","):
                n = int(n)
                if not 1 <= n <= len(occs):
                    sys.exit(f"{aid}: {surface!r} has {len(occs)} occurrences, not {n}")
                o = occs[n - 1]
                explicit.append((o, o + len(surface), label, surface))
    spans = list(explicit)
    for sp in star:
        if any(e[0] <= sp[0] and sp[1] <= e[1] and e != sp for e in spans + star
               if (e[1] - e[0]) > (sp[1] - sp[0])):
            continue
        spans.append(sp)
    spans = sorted(set(spans))
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            sys.exit(f"{aid}: overlap {a} {b}")
    for s, e, label, surface in spans:
        assert text[s:e] == surface
        assert surface == surface.strip() and surface, surface
    return [{"start": s, "end": e, "label": l, "text": t} for s, e, l, t in spans]


def review(aid, text):
    ents = convert(aid, text)
    taken = {(e["start"], e["end"]): e["label"] for e in ents}
    seen = set()
    for surface, label, _ in parse(ANN[aid]):
        if surface in seen:
            continue
        seen.add(surface)
        for o in occurrences(text, surface):
            lab = taken.get((o, o + len(surface)))
            ctx = text[max(0, o - 40):o + len(surface) + 40].replace("\n", " ")
            print(f"{'+' if lab else '-'} {surface!r:30} {lab or '':10} ...{ctx}...")


def main():
    texts = {}
    with open(BBC) as f:
        for line in f:
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    if len(sys.argv) > 2 and sys.argv[1] == "--review":
        review(sys.argv[2], texts[sys.argv[2]])
        return
    with open(OUT, "w") as f:
        for aid in sorted(ANN):
            f.write(json.dumps({"id": aid, "entities": convert(aid, texts[aid])}) + "\n")
    print(f"wrote {len(ANN)} articles to {OUT}")


# ---- annotations (by hand, annotator gold2) ----

ANN["politics/161"] = """
Turkey|GPE|*
EU|ORG|*
Tony Blair|PERSON
Blair|PERSON|*
European Council|ORG
last week|DATE
Muslims|NORP
Christians|NORP
British|NORP
Tory|NORP|*
Michael Howard|PERSON
Howard|PERSON|*
Europe|LOC
Turkish|NORP|*
Ankara|GPE
Cyprus|GPE|*
Recep Erdogan|PERSON
up to 15 years|DATE
Croatia|GPE
April 2005|DATE
UN|ORG
Yugoslavia|GPE
"""

ANN["politics/250"] = """
Spring|DATE
six|CARDINAL
£79.60|MONEY
£105.45|MONEY
one|CARDINAL|*
five|CARDINAL|*
659|CARDINAL
11m|CARDINAL
over 60|DATE
thirdly|ORDINAL
1997|DATE|*
2001|DATE
Conservative|ORG
Labour|ORG|1
Labour|NORP|2
Adair Turner|PERSON
UK|GPE|*
Iraq|GPE
Hunting Bill|LAW
Parliament Act 1949|LAW
High Court|ORG
the New Year|DATE
18 February|DATE
European Court|ORG
Alun Michael|PERSON
Tony Blair|PERSON
this decade|DATE
two|CARDINAL
Firstly|ORDINAL
every day|DATE
Secondly|ORDINAL
700,000|CARDINAL
Thirdly|ORDINAL
1.92p|MONEY
Gordon Brown|PERSON
Tuppence|MONEY
every year|DATE
about £750|MONEY
10|CARDINAL|*
"""

ANN["politics/332"] = """
Milburn|PERSON|*
Alan Milburn|PERSON
Labour|ORG|1,2,3,5,6,10
Labour|NORP|4,7,8,11
Labour Party|ORG
Tory|NORP|1,3,4,5
Julian Lewis|PERSON
Lewis|PERSON|*
two|CARDINAL
four|CARDINAL|*
Michael Howard|PERSON
Howard|PERSON|*
Jewish|NORP
Fagin|PERSON|*
Conservatives|ORG
first|ORDINAL
Tuesday|DATE
Monday|DATE
Commons|ORG
Ian McCartney|PERSON
last year|DATE
Oliver Letwin|PERSON|*
21st Century|DATE
British|NORP
Conservative|NORP
"""

ANN["politics/348"] = """
three|CARDINAL
Hansard Society|ORG|*
Tony Blair|PERSON|*
Michael Howard|PERSON
Charles Kennedy|PERSON
Blair|PERSON|*
Howard|PERSON|*
Kennedy|PERSON|*
Holme|PERSON|*
just four months|DATE
millions|CARDINAL
US|GPE
George W Bush|PERSON
Democratic|NORP
John Kerry|PERSON
Electoral Commission|ORG
1997|DATE
2001|DATE
Last month|DATE
monthly|DATE
"""

ANN["sport/006"] = """
Isinbayeva|PERSON|*
Yelena Isinbayeva|PERSON
4.89 metres|QUANTITY
Lievin|GPE
Saturday|DATE
Russian|NORP
12th|ORDINAL
just a few days|DATE
4.88m|QUANTITY
Norwich Union Grand Prix|EVENT
Birmingham|GPE|*
Olympic|EVENT|*
5.05m|QUANTITY
France|GPE
60m|QUANTITY
100m|QUANTITY
Maurice Greene|PERSON
Greene|PERSON|*
Maurice|PERSON|*
second|ORDINAL|*
Leonard Scott|PERSON
Scott|PERSON|*
American|NORP
last week|DATE
6.46secs|TIME
the start of the season|DATE
"""

ANN["sport/059"] = """
European|NORP|1
European Indoor trials|EVENT
European Championships|EVENT|*
half a dozen|CARDINAL
Sarah Claxton|PERSON
Sarah|PERSON|*
60m|QUANTITY|*
sub-eight seconds|TIME
a week|DATE
Madrid|GPE|*
Sunday|DATE
Diane Allahgreen|PERSON
Diane|PERSON|*
Saturday|DATE
Allan Scott|PERSON
three|CARDINAL|*
Phillips Idowu|PERSON
Phillips|PERSON|*
17.30m|QUANTITY
Kelly Sotherton|PERSON
Kelly|PERSON|*
weekend|DATE
Carolina Kluft|PERSON
Sheffield|GPE
Jason Gardener|PERSON
Jeanette Kwayke|PERSON
Jeanette|PERSON|*
Joice Maduaka|PERSON
Joice|PERSON|*
Janine Whitlock|PERSON
Janine|PERSON|*
two-year|DATE
Mark Findlay|PERSON
Findlay|PERSON|*
Rabah Yusuf|PERSON
Yusuf|PERSON|*
Londoner|NORP
Trinidad and Tobago|GPE
Great Britain|GPE
third|ORDINAL
400m|QUANTITY
Sudan|GPE
British|NORP
Britain|GPE|*
"""

ANN["sport/255"] = """
Ferguson|PERSON|*
Alex Ferguson|PERSON
Manchester United|ORG
United|ORG|*
Chelsea|ORG|*
Everton|ORG
Arsenal|ORG|*
1-1|CARDINAL
Fulham|ORG|*
Premiership|ORG
Gunners|ORG
2-2|CARDINAL
Sunday|DATE
the weekend|DATE
Alan Smith|PERSON
the 33rd minute|TIME
Bouba Diop|PERSON
25-yard|QUANTITY
the 87th minute|TIME
fourth|ORDINAL
31|CARDINAL
four|CARDINAL
five|CARDINAL
"""

ANN["sport/278"] = """
Robben|PERSON|*
Arjen Robben|PERSON
Cole|PERSON|*
Joe Cole|PERSON
Chelsea|ORG|*
Cheslea|ORG
Portsmouth|ORG|*
Premiership|ORG
Pompey|ORG|*
second|ORDINAL
20-yard|QUANTITY
Nigel Quashie|PERSON
Quashie|PERSON|*
Fratton Park|FAC
two|CARDINAL
Didier Drogba|PERSON
Drogba|PERSON|*
Shaka Hislop|PERSON
Hislop|PERSON|*
Frank Lampard|PERSON
Lampard|PERSON|*
Arjan De Zeeuw|PERSON
Arjan de Zeeuw|PERSON
De Zeeuw|PERSON|*
Petr Cech|PERSON
Cech|PERSON|*
Arsenal|ORG|*
Velimir Zajec|PERSON
Glen Johnson|PERSON
Johnson|PERSON|*
Gudjohnsen|PERSON|*
Icelandic|NORP
Matthew Taylor|PERSON
Taylor|PERSON|*
Griffin|PERSON
Primus|PERSON
Stone|PERSON
Cisse|PERSON
76|CARDINAL
Berkovic|PERSON
83|CARDINAL
Faye|PERSON
O'Neil|PERSON
Kamara|PERSON|*
Fuller|PERSON
65|CARDINAL
Yakubu|PERSON
Berger|PERSON
Ashdown|PERSON
Paulo Ferreira|PERSON|*
Gallas|PERSON
Terry|PERSON
Duff|PERSON
Makelele|PERSON
Smertin|PERSON
73|CARDINAL
Geremi|PERSON
81|CARDINAL
58|CARDINAL
Cudicini|PERSON
Bridge|PERSON
79|CARDINAL
90|CARDINAL
20,210|CARDINAL
A Wiley|PERSON
Staffordshire|GPE
"""

ANN["sport/382"] = """
Barbarians|ORG|*
19-47|CARDINAL
New Zealand|GPE|*
Australian|NORP
northern hemisphere|LOC
Rico Gear|PERSON
Gear|PERSON|*
two|CARDINAL|*
All Blacks|ORG|*
seven|CARDINAL
Baa-Baas|ORG|*
Albert van den Bergh|PERSON
van den Bergh|PERSON|*
Xavier Rush|PERSON
Rush|PERSON|*
Andrea Lo Cicero|PERSON
Lo Cicero|PERSON|*
All Black|ORG
Aaron Mauger|PERSON
10|CARDINAL
last weekend|DATE
France|GPE
Paris|GPE
nine|CARDINAL
Wallabies|ORG
Graham Henry|PERSON
Marty Holah|PERSON
fifth-minute|TIME
fifth|ORDINAL|2
Chris Latham|PERSON
Ma'a Nonu|PERSON
19-7|CARDINAL
the second half|TIME
second|ORDINAL|3
one|CARDINAL
European|NORP
Justin Marshall|PERSON
Jimmy Cowan|PERSON
Andy Turner|PERSON
Casey Laulala|PERSON
Jermoe Keino|PERSON
Piri Weepu|PERSON
Bob Dwyer|PERSON
South African|NORP
Schalk Burger|PERSON
Burger|PERSON|*
21|DATE
International Rugby Board|ORG
recent weeks|DATE
first year|DATE
the end of the southern hemisphere season|DATE
"""

ANN["sport/455"] = """
Slovakia|GPE|*
Hopman Cup|EVENT|*
second|ORDINAL
Argentina|GPE
3-0|CARDINAL
Saturday|DATE
Perth|GPE
Daniela Hantuchova|PERSON
Hantuchova|PERSON|*
Daniela|PERSON|*
third|ORDINAL
Gisela Dulko|PERSON
Dulko|PERSON|*
1-6|CARDINAL
6-4|CARDINAL|*
Dominik Hrbaty|PERSON
Hrbaty|PERSON|*
Dominik|PERSON|*
three|CARDINAL|*
seven|CARDINAL
Guillermo Coria|PERSON
Coria|PERSON|*
Guillermo|PERSON|*
6-1|CARDINAL
last year|DATE
United States|GPE
today|DATE
31|CARDINAL
two|CARDINAL|*
first|ORDINAL|*
four|CARDINAL
just 27 minutes|TIME
all week|DATE
Cup|EVENT|3
1998|DATE
Karol Kucera|PERSON
Karina Habsudova|PERSON
France|GPE
"""

ANN["sport/456"] = """
Dementieva|PERSON|*
Elena Dementieva|PERSON
Hong Kong|GPE|*
Venus Williams|PERSON
Williams|PERSON|*
6-3|CARDINAL
6-2|CARDINAL
Champions Challenge|EVENT
Russian|NORP
sixth|ORDINAL
three|CARDINAL|*
first|ORDINAL
Victoria Park|FAC
the year|DATE
Grand Slams|EVENT
24|DATE
four or five|CARDINAL
£115,000|MONEY
"""

ANN["sport/496"] = """
Philippoussis|PERSON|*
Mark Philippoussis|PERSON
Mark|PERSON|*
Open|EVENT|1
Australian Open|EVENT|*
Hopman Cup|EVENT|*
Netherlands|GPE
28|DATE
two|CARDINAL|1,4
two days|DATE
inside two weeks|DATE
17 January|DATE
Melbourne|GPE
Hamish Osborne|PERSON
Australian|NORP|3,4
three to four weeks|DATE
Tommy Haas|PERSON
Germany|GPE
26|DATE
Argentine|NORP
Guillermo Coria|PERSON
7-5|CARDINAL
2-2|CARDINAL
one|CARDINAL
"""

ANN["tech/121"] = """
University of Hertfordshire|ORG
Hertfordshire|ORG|*
European|NORP
Cogniron|ORG|*
London|GPE
Science Museum|ORG|*
Kerstin Dautenhahn|PERSON
Dautenhahn|PERSON|*
BBC News Online|ORG
one|CARDINAL|*
many years|DATE
20 years|DATE
BBC World Service|ORG
Go Digital|WORK_OF_ART
"""

ANN["tech/144"] = """
Football Manager|WORK_OF_ART|*
Football Manager 2005|WORK_OF_ART|*
FM2005|WORK_OF_ART|*
the past decade or so|DATE
annual|DATE
Championship Manager|WORK_OF_ART
CM|WORK_OF_ART|*
CM5|WORK_OF_ART
last year|DATE
Sports Interactive|ORG|*
SI|ORG|*
Eidos|ORG|*
the beginning of this year|DATE
Sega|ORG
early next year|DATE
Earth|LOC
England|GPE
Scotland|GPE
four|CARDINAL
Scottish|NORP
English Premiership|ORG
Conference North|ORG
South|ORG
European|NORP
Abramovich|PERSON
millions|MONEY
Chelsea|ORG
Barcelona|ORG
Real Madrid|ORG
AC Milan|ORG
Europe|LOC|*
Margate|ORG
Premiership|ORG|*
Spurs|ORG
Rangers|ORG
Christmas|DATE
Mac|PRODUCT
"""

ANN["tech/178"] = """
PlayStation|PRODUCT|1
Sony|ORG|*
PlayStation 2|PRODUCT
UK|GPE|*
50,000|CARDINAL
first week|DATE
Microsoft|ORG|*
Xbox|PRODUCT|*
Chart-Track|ORG
PS2|PRODUCT|*
Grand Theft Auto: San Andreas|WORK_OF_ART
first weekend|DATE
more than 677,000|CARDINAL
last week|DATE|*
the last week|DATE
John Houlihan|PERSON
Houlihan|PERSON|*
Computerandvideogames.com|ORG
BBC News|ORG
Halo 2|WORK_OF_ART|*
next week|DATE
seven million|CARDINAL
Edinburgh|GPE
Rockstar|ORG
GTA|WORK_OF_ART|*
GTA San Andreas|WORK_OF_ART|*
San Andreas|WORK_OF_ART|*
an estimated £24m|MONEY
the weekend|DATE
Harry Potter and The Prisoner Of Azkaban|WORK_OF_ART
£11.5m|MONEY
first three days|DATE
The Lord of the Rings: The Return of the King|WORK_OF_ART
nearly £10m|MONEY
opening weekend|DATE
four to five|CARDINAL
Grand Theft Auto Vice City|WORK_OF_ART
11 November|DATE
one|CARDINAL
the year|DATE
2001|DATE
more than four million|CARDINAL
Christmas|DATE
18|CARDINAL
2005|DATE
around £100|MONEY
two|CARDINAL
"""

ANN["tech/196"] = """
Microsoft|ORG|*
Internet Explorer|PRODUCT|*
IE|PRODUCT|*
below 90%|PERCENT
OneStat.com|ORG|*
Firefox 1.0|PRODUCT|*
Firefox|PRODUCT|*
9 November|DATE
5%|PERCENT|*
May|DATE
88.9%|PERCENT
Mozilla|ORG|*
Mozilla Foundation|ORG|*
Netscape|ORG|*
1998|DATE
first|ORDINAL|1
first day|DATE
Niels Brinkman|PERSON
Amsterdam|GPE
7.4%|PERCENT
more than five million|CARDINAL
US|GPE
$250,000|MONEY
£133,000|MONEY
New York Times|ORG
WebSideStory|ORG
92.9%|PERCENT
October|DATE
95.5%|PERCENT
June|DATE
95%|PERCENT
Paul Randle|PERSON
Microsoft Windows Client|ORG
Service Pack 2|PRODUCT
10%|PERCENT
the end of 2005|DATE
Opera|PRODUCT|1
Opera|ORG|2
Apple|ORG
Safari|PRODUCT
the end of the year|DATE
two million|CARDINAL
100|CARDINAL
"""

ANN["tech/200"] = """
this week|DATE
World Community Grid|ORG|*
WCG|ORG|*
WGC|ORG
millions|CARDINAL
One|CARDINAL
Seti@home|ORG
Search for Extra Terrestrial Life|ORG
first|ORDINAL
Human Proteome Folding Project|ORG
up to six|CARDINAL
a year|DATE
United Nations Development Programme|ORG
World Health Organisation|ORG
Elain Gallin|PERSON
Doris Duke Charitable Foundation|ORG
IBM|ORG
United Devices|ORG
Smallpox Research Grid|ORG
more than two million|CARDINAL
226|CARDINAL
some 35 million|CARDINAL
"""

ANN["tech/211"] = """
Millions|CARDINAL
2025|DATE|*
40%|PERCENT
UK|GPE|*
Around 23 million|CARDINAL
Britons|NORP|*
BT|ORG|*
27 million|CARDINAL
50%|PERCENT
Adrian Hosford|PERSON
Hosford|PERSON|*
the last year|DATE
a quarter|CARDINAL
16%|PERCENT
nearly a third|CARDINAL
Everybody Online|ORG
eight|CARDINAL
Britain|GPE
one|CARDINAL
Cornwall|GPE
Alliance for Digital Inclusion|ORG
"""

ANN["tech/224"] = """
Disney|ORG|*
Sony|ORG|*
Blu-ray Disc|PRODUCT|1
Blu-ray Disc Association|ORG
Blu-ray|PRODUCT|*
Toshiba|ORG|*
two|CARDINAL
HD-DVD|PRODUCT|*
HD-DVDs|PRODUCT
several months|DATE
the 1980s|DATE
Betamax|PRODUCT
VHS|PRODUCT
JVC|ORG
Hollywood|GPE
one|CARDINAL|2
billions|MONEY
Last month|DATE
Paramount|ORG|*
Universal|ORG|*
Warner Brothers|ORG
NEC|ORG
about 45%|PERCENT
Sony Pictures Entertainment|ORG
MGM Studios|ORG
Dell|ORG
Samsung|ORG
Matsushita|ORG
Twentieth Century Fox|ORG
Fox|ORG|*
47%|PERCENT
North America|LOC
Japan|GPE
2006|DATE|*
2005|DATE
300bn yen|MONEY
$2.9bn|MONEY
£1.5bn|MONEY
2010|DATE
"""

ANN["tech/388"] = """
Four|CARDINAL
Europe|LOC|*
the end of 2004|DATE
last year|DATE
Gartner|ORG|*
159 million|CARDINAL
104%|PERCENT
nearly 70%|PERCENT
2008|DATE|*
1.3 megapixel|QUANTITY
Japan|GPE|*
Asia Pacific|LOC
3.2 megapixel|QUANTITY
95%|PERCENT
first|ORDINAL
the last 18 months|DATE
mid-2005|DATE
more than two megapixels|QUANTITY
two to four megapixels|QUANTITY
up to six megapixels|QUANTITY
next month|DATE
Mencap|ORG
Fonetography|EVENT
David Bailey|PERSON
Rankin|PERSON
Nan Goldin|PERSON
Peter Blake|PERSON
Tracey Emin|PERSON
Jack Vettriano|PERSON
Intel|ORG
Samsung|ORG
UK|GPE
Foreign Office|ORG
Lawrence Livermore National Laboratories|ORG
US|GPE
Italy|GPE
Sony Ericsson|ORG
the third-quarter|DATE
Over 60%|PERCENT
the three months through to September|DATE
"""

# END ANN

if __name__ == "__main__":
    main()
