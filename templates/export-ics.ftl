<#ftl output_format="plainText">
<#--
  export-ics: data/chronology.ics (and id/data/chronology.ics), an iCalendar (RFC 5545) file of
  the events dated to the day, as all-day events (DTSTART;VALUE=DATE, exclusive DTEND).
  Events known only to the month or year are left out, and the calendar's description says so:
  placing them on the 1st would state a date nobody knows. Every text value goes through
  ics.text (escaping) and every line through ics.fold (75-octet folding); lines end in CRLF.
  UID: <event key>.<lang>@<site host> (stable across bakes); DTSTAMP: the bake time in UTC.
-->
<#import "lib/ics.ftl" as ics>
<#import "lib/exports.ftl" as exports>
<#import "lib/links.ftl" as links>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/fields.ftl" as fields>
<#import "lib/items.ftl" as items>
<#import "lib/ui.ftl" as ui>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#setting time_zone="UTC">
<#assign lang = content.lang>
<#assign host = links.base()?keep_after("//")?keep_before("/")>
<#assign stamp = .now?string["yyyyMMdd'T'HHmmss'Z'"]>
<#assign about = content.description + "\n\n" + exports.citation(lang, "chronology") + "\n" + exports.licence(lang)>
<#assign lines = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//NRC Explained//Chronology " + lang?upper_case + "//" + lang?upper_case,
  "CALSCALE:GREGORIAN",
  "NAME:" + ics.text(content.title),
  "X-WR-CALNAME:" + ics.text(content.title),
  "DESCRIPTION:" + ics.text(about),
  "X-WR-CALDESC:" + ics.text(about),
  "URL:" + links.absolute(exports.page(lang, "chronology"))
]>
<#list items.sortedEvents(lang)?filter(e -> e.precision == "day") as e>
  <#assign text = e.summary + "\n\n" + exports.citation(lang, "chronology")>
  <#assign lines = lines + [
    "BEGIN:VEVENT",
    "UID:" + e.key + "." + lang + "@" + host,
    "DTSTAMP:" + stamp,
    "DTSTART;VALUE=DATE:" + ics.date(e.start),
    "DTEND;VALUE=DATE:" + ics.nextDay((e.end?has_content && e.end?length == 10)?then(e.end, e.start)),
    "SUMMARY;LANGUAGE=" + lang + ":" + ics.text(e.title),
    "DESCRIPTION;LANGUAGE=" + lang + ":" + ics.text(text),
    "CATEGORIES:" + ics.text((ui.eraByKey[e.era][lang])!e.era),
    "URL:" + links.absolute(e.uri),
    "TRANSP:TRANSPARENT",
    "END:VEVENT"
  ]>
</#list>
<#assign lines = lines + ["END:VCALENDAR"]>
${lines?map(l -> ics.fold(l))?join("\r\n")}${"\r\n"}<#t>
