<#ftl output_format="JSON">
<#--
  json — writing JSON from templates (the data exports and the pages' JSON-LD blocks).

  FreeMarker has no escaping JSON output format, so every value goes through `write`, which
  builds the whole document from plain template values: strings become JSON string literals,
  numbers and booleans their canonical form, sequences arrays, hashes objects (keys in the
  order the hash literal lists them). Nothing else is printed raw.

  Strings are escaped with ?json_string, and in addition <, > and & become \u003C, \u003E and
  \u0026, so a value can never close a <script type="application/ld+json"> element or open
  an HTML comment when the JSON is embedded in a page. U+2028/U+2029 are escaped too.

  Use:  <#import "lib/json.ftl" as json>  ${json.write({"title": content.title, "n": 3}, true)}
  In an HTML template, print it inside <#outputformat "JSON">…</#outputformat> (no ?no_esc).
-->

<#-- str: a JSON string literal (with quotes) for any text. -->
<#function str s>
  <#return '"' + s?string?json_string?replace("<", "\\u003C")?replace(">", "\\u003E")?replace("&", "\\u0026")?replace("\x2028", "\\u2028")?replace("\x2029", "\\u2029") + '"'>
</#function>

<#--
  write: the JSON text of a value (string, number, boolean, sequence, hash; a missing value is
  null). pretty=true indents by two spaces per level (exports); false writes one line (JSON-LD).
-->
<#function write value pretty=false indent="">
  <#if !value??><#return "null"></#if>
  <#if value?is_string><#return str(value)></#if>
  <#if value?is_number><#return value?c></#if>
  <#if value?is_boolean><#return value?c></#if>
  <#local inner = indent + pretty?then("  ", "")>
  <#local nl = pretty?then("\n" + inner, "")>
  <#local end = pretty?then("\n" + indent, "")>
  <#local colon = pretty?then(": ", ":")>
  <#if value?is_sequence>
    <#if !value?has_content><#return "[]"></#if>
    <#local parts = []>
    <#list value as v><#local parts = parts + [write(v, pretty, inner)]></#list>
    <#return "[" + nl + parts?join("," + nl) + end + "]">
  </#if>
  <#if value?is_hash_ex>
    <#local parts = []>
    <#list value as k, v><#if v??><#local parts = parts + [str(k) + colon + write(v, pretty, inner)]></#if></#list>
    <#if !parts?has_content><#return "{}"></#if>
    <#return "{" + nl + parts?join("," + nl) + end + "}">
  </#if>
  <#return str(value?string)>
</#function>

<#-- opt: {name: value} when value has content, else {} — for optional fields: {"a": 1} + json.opt("end", e.end!) + {…}. -->
<#function opt name value>
  <#return value?has_content?then({name: value}, {})>
</#function>
