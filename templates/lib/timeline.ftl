<#ftl output_format="HTML">
<#--
  timeline — an overview of the chronology drawn to scale at bake time as inline SVG.

    <#import "lib/timeline.ftl" as timeline>
    <@timeline.overview content=content events=events target="#" desc="timeline_desc"/>

  events: the page's events in date order (items.sortedEvents, queried once by the page).
  target: what a tick links to before the event key: "#" on the chronology, the chronology's
          URL + "#" elsewhere (links.to(content, lang, "chronology.html#")).
  desc:   the i18n key of the description (it says where the text version of the timeline is).

  The axis is cut into segments, derived from the events: a new segment starts where the era
  changes or where more than four and a half years pass without an event; each segment is to
  scale inside itself, and breaks (two slanted strokes) separate them. A segment's width grows
  with its number of events. Each event is a tick (a band when its date is a month, a year or a
  range) linking to its entry, with a <title> (its date and title). The SVG is role="group"
  (not "img": an image may not contain links, axe-core's nested-interactive) labelled by its
  <title> and <desc> in the page's language; the chronology list is the text alternative, and
  the ticks are out of the tab order (tabindex="-1") for that reason.
  Presentation attributes only (no style attributes: the CSP forbids them); classes for CSS.
  Below 640 CSS pixels the drawing keeps that width (labels stay about 11 px) inside a box that
  scrolls sideways, instead of shrinking to unreadable labels.
-->
<#import "i18n.ftl" as i18n>
<#import "ui.ftl" as ui>

<#-- Drawing constants (SVG user units). -->
<#assign width = 720>
<#assign pad = 12>
<#assign breakGap = 22>
<#assign minSegment = 34>
<#assign axisY = 46>
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

<#macro overview content events target desc="timeline_desc">
<#local lang = content.lang>
<#local segs = segments(events)>
<#if segs?has_content>
<#local total = events?size>
<#local room = width - 2 * pad - (segs?size - 1) * breakGap - segs?size * minSegment>
<figure class="timeline">
<#-- On a phone the drawing keeps a readable minimum width and this box scrolls sideways (the
     page itself does not); it is focusable so that keyboard users can scroll it too. -->
<div class="timeline__scroll" tabindex="0" role="region" aria-labelledby="timeline-title">
<svg class="timeline__svg" viewBox="0 0 ${width} 88" width="100%" role="group" aria-labelledby="timeline-title timeline-desc" focusable="false">
  <title id="timeline-title">${i18n.t(lang, "timeline_title")}</title>
  <desc id="timeline-desc">${i18n.t(lang, desc)}</desc>
  <#local x = pad>
  <#list segs as seg>
    <#local w = minSegment + room * seg.events?size / total>
    <#local length = [seg.to - seg.from, 1]?max>
    <g class="timeline__segment timeline__segment--${seg.era}">
      <line x1="${n(x)}" y1="${axisY}" x2="${n(x + w)}" y2="${axisY}" stroke="currentColor" stroke-width="2"/>
      <#list seg.events as e>
        <#local s = span(e.start)>
        <#local last = (e.end?has_content)?then(span(e.end)[1], s[1])>
        <#local x1 = (seg.to == seg.from)?then(x + w / 2, x + w * (s[0] - seg.from) / length)>
        <#local x2 = x + w * (last + 1 - seg.from) / length>
        <#local later = ui.later(e)>
        <a href="${target}${e.key}" tabindex="-1" class="timeline__tick<#if later> timeline__tick--later</#if>">
          <title>${i18n.range(e.start, e.end!"", e.precision, lang)}: ${e.title}</title>
          <#if x2 - x1 gt 3 && (e.precision != "day" || e.end?has_content)><rect x="${n(x1)}" y="${axisY - 16}" width="${n([x2 - x1, w - (x1 - x)]?min)}" height="14" fill="${later?then("#8a4b08", "#1f4e79")}" fill-opacity="0.45"/><#else><rect x="${n([x1 - 1, x]?max)}" y="${axisY - 18}" width="2.5" height="18" fill="${later?then("#8a4b08", "#1f4e79")}"/></#if>
        </a>
      </#list>
      <text x="${n(x + w / 2)}" y="${axisY + 20 + (seg?index % 2) * 16}" text-anchor="middle" font-size="12" fill="currentColor">${label(seg, lang)}</text>
    </g>
    <#local x = x + w>
    <#if seg?has_next>
      <path class="timeline__break" d="M${n(x + breakGap / 2 - 5)} ${axisY + 7}l6 -14M${n(x + breakGap / 2)} ${axisY + 7}l6 -14" stroke="currentColor" stroke-width="1.5" fill="none"/>
      <#local x = x + breakGap>
    </#if>
  </#list>
</svg>
</div>
</figure>
</#if>
</#macro>
