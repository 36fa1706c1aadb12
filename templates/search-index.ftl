<#ftl output_format="JSON">
<#--
  search-index: data/search.json and id/data/search.json (content/[id/]data/search.json.md,
  type=search-index), the index that assets/js/search.js fetches on the search page, and only
  there. One entry per published actor, event, term and explainer page of the language:

    {"language": "en", "items": [[kind, key, title, other, text, date], …]}

  kind   "a" actor, "e" event, "t" term, "p" explainer page (the search page names each kind in
         its data-kind-* attributes, and search.js builds the item's address from kind and key:
         actors/KEY.html, events/KEY.html, terms/KEY.html, KEY.html)
  key    the item's key
  title  its title in this language
  other  its name in the other language: a term's `other`, else its twin's title; "" when the same
  text   an actor's or event's summary, a term's expansion and definition, a page's description
  date   an event's date in words ("12 January 2022"); "" for the others
  Written by json.write, which escapes every string (lib/json.ftl); one line and one-letter kinds,
  to stay small: the search page with this index stays within the page weight budget.
-->
<#import "lib/json.ftl" as json>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/items.ftl" as items>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<#assign otherLang = i18n.other(lang)>
<#-- otherName: the name in the other language, or "" when it is the same. -->
<#function otherName title name>
  <#return (name?has_content && name != title)?then(name, "")>
</#function>
<#-- entry: one item's row, [kind, key, title, other, text, date]. -->
<#function entry kind d twins>
  <#local other = (kind == "term")?then(d.other!"", (twins[d.key].title)!"")>
  <#local text = {"actor": d.summary!"", "event": d.summary!"", "term": (d.expansion?has_content)?then(d.expansion + ". ", "") + (d.definition!""), "page": d.description!""}[kind]>
  <#local date = (kind == "event")?then(i18n.range(d.start, d.end!"", d.precision, lang), "")>
  <#return [kind?substring(0, 1), d.key, d.title, otherName(d.title, other), text, date]>
</#function>
<#-- rows: one kind's rows, built in one pass (?map; no sequence grows item by item). -->
<#function rows kind>
  <#local twins = items.byKey(kind, otherLang)>
  <#local found = (kind == "event")?then(items.sortedEvents(lang), items.sortedByTitle(items.all(kind, lang)))>
  <#return found?map(d -> entry(kind, d, twins))>
</#function>
<#assign list = rows("page") + rows("actor") + rows("term") + rows("event")>
${json.write({"language": lang, "items": list})}
