<#ftl output_format="HTML">
<#--
  timeline — an overview of the chronology, drawn at bake time: readable at any width.

    <#import "lib/timeline.ftl" as timeline>
    <@timeline.overview content=content events=events target="#" desc="timeline_desc"/>

  events: the page's events in date order (items.sortedEvents, queried once by the page).
  target: what a period's link points to before its first event's key: "#" on the chronology,
          the chronology's URL + "#" elsewhere (links.to(content, lang, "chronology.html#")).
  desc:   the i18n key of the description (it says where the text version of the timeline is).

  The events are cut into periods, derived from the events: a new period starts where the era
  changes or where more than four and a half years pass without an event. The drawing is an
  ordered list of the eras (named as in data/eras.yaml), each with its periods; a period is its
  dates as text ("October 1962", "December 2021 – February 2022"), which link to its first event,
  the number of its events, and a strip on which each event is a mark placed to scale inside the
  period (a band when its date is a month, a year or a range; events after the article in the
  "later" colour). The text is HTML, so it keeps the page's font size (at least 14 px) at every
  width, wraps instead of being cut off, and prints; the strips are small SVGs (aria-hidden: the
  text and the chronology list say the same) that stretch to the width available. Wide screens
  show each era's name beside its periods, phones above them: nothing scrolls sideways.
  Presentation attributes and classes only (no style attributes: the CSP forbids them).
-->
<#import "i18n.ftl" as i18n>
<#import "ui.ftl" as ui>


<#-- Drawing constants: strip width in SVG user units (it stretches to the space available), and
     the longest gap in days inside one period. -->
<#assign width = 400>
<#assign maxGap = 1640>

<#-- days: days since 1970-01-01 of a civil date (proleptic Gregorian, integer arithmetic). -->
<#function days y m d>
  <#local yy = (m <= 2)?then(y - 1, y)>
  <#local era = (yy / 400)?floor>
  <#local yoe = yy - era * 400>
  <#local doy = ((153 * (m + (m gt 2)?then(-3, 9)) + 2) / 5)?floor + d - 1>
  <#local doe = yoe * 365 + (yoe / 4)?floor - (yoe / 100)?floor + doy>
  <#return era * 146097 + doe - 719468>
</#function>

<#-- span: [first day, last day] covered by an ISO date of any precision. -->
<#function span iso>
  <#local p = iso?split("-")>
  <#local y = p[0]?number>
  <#if p?size == 1><#return [days(y, 1, 1), days(y + 1, 1, 1) - 1]></#if>
  <#local m = p[1]?number>
  <#if p?size == 2><#return [days(y, m, 1), (m == 12)?then(days(y + 1, 1, 1), days(y, m + 1, 1)) - 1]></#if>
  <#local d = days(y, m, p[2]?number)>
  <#return [d, d]>
</#function>

<#-- segments: the events cut into segments {era, from, to, events} (see above). -->
<#function segments events>
  <#local out = []>
  <#local current = {}>
  <#list events as e>
    <#local s = span(e.start)>
    <#local last = (e.end?has_content)?then(span(e.end)[1], s[1])>
    <#if current?has_content && current.era == e.era && s[0] - current.to <= maxGap>
      <#local current = current + {"to": [current.to, last]?max, "events": current.events + [e]}>
    <#else>
      <#if current?has_content><#local out = out + [current]></#if>
      <#local current = {"era": e.era, "from": s[0], "to": last, "events": [e]}>
    </#if>
  </#list>
  <#if current?has_content><#local out = out + [current]></#if>
  <#return out>
</#function>

<#-- label: a segment's dates in `lang`: "1975", "1997–2008", "October 1962", "December 2021 – February 2022". -->
<#function label segment lang>
  <#local first = segment.events[0].start>
  <#local lastEvent = segment.events?last>
  <#local last = (lastEvent.end?has_content)?then(lastEvent.end, lastEvent.start)>
  <#local y1 = first?substring(0, 4)>
  <#local y2 = last?substring(0, 4)>
  <#if segment.to - segment.from gt 400 || first?length == 4 || last?length == 4>
    <#return (y1 == y2)?then(y1, y1 + "–" + y2)>
  </#if>
  <#local months = i18n.t(lang, "months")>
  <#local m1 = months[first?substring(5, 7)?number - 1]>
  <#local m2 = months[last?substring(5, 7)?number - 1]>
  <#if y1 == y2 && m1 == m2><#return m1 + " " + y1></#if>
  <#if y1 == y2><#return m1 + "–" + m2 + " " + y1></#if>
  <#return m1 + " " + y1 + " – " + m2 + " " + y2>
</#function>

<#-- n: a coordinate with at most one decimal. -->
<#function n x>
  <#return ((x * 10)?round / 10)?c>
</#function>

<#-- count: "6 events", "1 event" in `lang`. -->
<#function count n lang>
  <#return (n == 1)?then(i18n.t(lang, "timeline_events_one"), i18n.t(lang, "timeline_events")?replace("{n}", n?c))>
</#function>

<#macro overview content events target desc="timeline_desc">
<#local lang = content.lang>
<#local segs = segments(events)>
<#if segs?has_content>
<figure class="timeline" aria-labelledby="timeline-title">
<figcaption class="timeline__caption"><strong id="timeline-title">${i18n.t(lang, "timeline_title")}</strong> ${i18n.t(lang, desc)}</figcaption>
<ol class="timeline__eras">
<#list ui.eras as era>
  <#local periods = segs?filter(s -> s.era == era.key)>
  <#if periods?has_content>
  <li class="timeline__era timeline__era--${era.key}">
    <span class="timeline__era-name">${era[lang]}</span>
    <ol class="timeline__periods">
    <#list periods as seg>
      <#local length = [seg.to - seg.from, 1]?max>
      <li class="timeline__period">
        <a class="timeline__dates" href="${target}${seg.events[0].key}">${label(seg, lang)}</a> <span class="timeline__count">${count(seg.events?size, lang)}</span>
        <svg class="timeline__strip" viewBox="0 0 ${width} 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <line x1="0" y1="8" x2="${width}" y2="8" vector-effect="non-scaling-stroke"/>
          <#list seg.events as e>
            <#local s = span(e.start)>
            <#local last = (e.end?has_content)?then(span(e.end)[1], s[1])>
            <#local x1 = (seg.to == seg.from)?then(width / 2, width * (s[0] - seg.from) / length)>
            <#local x2 = width * (last + 1 - seg.from) / length>
            <#local band = x2 - x1 gt 3 && (e.precision != "day" || e.end?has_content)>
            <#local cls = (band?then("band", "") + ui.later(e)?then(" later", ""))?trim>
            <#if band><rect<#if cls?has_content> class="${cls}"</#if> x="${n(x1)}" y="3" width="${n([x2 - x1, width - x1]?min)}" height="10"/><#else><rect<#if cls?has_content> class="${cls}"</#if> x="${n([[x1 - 1, 0]?max, width - 2]?min)}" y="1" width="2" height="14"/></#if>
          </#list>
        </svg>
      </li>
    </#list>
    </ol>
  </li>
  </#if>
</#list>
</ol>
</figure>
</#if>
</#macro>
