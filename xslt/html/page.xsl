<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every HTML page of tei-edition shares (included by tei-to-html.xsl and corpus-to-html.xsl): the
  head, whose Content-Security-Policy forbids every request and every script, the style sheet, and the
  ids of index entries, which are the same on a document's page and on the corpus page so that the
  two can link to each other.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:x-tei-edition:xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The head of a page: self-contained, nothing fetched, no script; the style sheet inline. -->
  <xsl:template name="ed:head">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="generator" as="xs:string?"/>
    <xsl:param name="css" as="xs:string" select="$ed:css"/>
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta http-equiv="Content-Security-Policy"
        content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"/>
      <meta name="referrer" content="no-referrer"/>
      <xsl:for-each select="$generator">
        <meta name="generator" content="{.}"/>
      </xsl:for-each>
      <title><xsl:value-of select="$title"/></title>
      <style><xsl:value-of select="$css"/></style>
    </head>
  </xsl:template>

  <!-- An index entry's id: its xml:id, unless that would clash with an id a page of the edition uses itself. -->
  <xsl:function name="ed:entry-anchor" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="id" select="string($entry/@xml:id)"/>
    <!-- Only ids that begin with p, n, o, c, h or d can match the pattern: most are spared the regular expression. -->
    <xsl:sequence select="if (map:contains($ed:page-ids, $id)
        or (contains('pnochd', substring($id, 1, 1)) and matches($id, '^(p-?[0-9]+|noteref-[0-9]+|note-[0-9]+|(opener|closer|head|p)-[0-9]+|doc-.*)$')))
      then 'entry-' || $id else $id"/>
  </xsl:function>

  <!-- The fixed ids of the pages. -->
  <xsl:variable name="ed:page-ids" as="map(xs:string, xs:boolean)" select="map:merge(('text', 'notes', 'index', 'opener', 'closer',
    'notes-heading', 'index-heading', 'index-person', 'index-org', 'index-place', 'view-reading', 'view-diplomatic', 'view-caption',
    'documents', 'documents-heading') ! map {.: true()})"/>

  <!-- ===================================================================== style -->

  <xsl:variable name="ed:css" as="xs:string"><![CDATA[
:root{color-scheme:light dark;--ink:#1f1d1a;--paper:#fdfcf8;--muted:#615d55;--rule:#d9d3c5;--accent:#8a3413;--mark:#f4ecd6;--slip:#b02a2a;--speech:#edf1f5;--speech-rule:#8fa6bd}
@media (prefers-color-scheme:dark){:root{--ink:#e9e6df;--paper:#1c1b19;--muted:#aaa59a;--rule:#45413a;--accent:#eba67f;--mark:#353022;--slip:#ff8c8c;--speech:#262c33;--speech-rule:#5f7a94}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:1.0625rem/1.6 Charter,"Bitstream Charter","Iowan Old Style",Georgia,Cambria,"Times New Roman",serif;overflow-wrap:break-word}
a{color:var(--accent)}
.doc-header,.toc,main,footer{max-width:44rem;margin:0 auto;padding:0 1.25rem}
.doc-header{padding-top:2rem;border-bottom:1px solid var(--rule)}
h1{font-size:1.5rem;line-height:1.3;margin:0 0 1.25rem;font-weight:600}
h1,h2,h3,h4{break-after:avoid;page-break-after:avoid;break-inside:avoid;page-break-inside:avoid}
h2{font-size:1.2rem;margin:2.5rem 0 .75rem;font-weight:600}
h3{font-size:1rem;margin:1.5rem 0 .5rem;font-weight:600;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.meta{display:grid;grid-template-columns:minmax(7.5rem,max-content) 1fr;gap:.3rem 1rem;margin:0 0 1.25rem;font-size:.92rem;line-height:1.45}
.meta>div{display:contents}
.meta dt{color:var(--muted);font-weight:600}
.meta dd{margin:0}
.aside{color:var(--muted)}
.encoding{margin:0 0 1.25rem;font-size:.88rem;color:var(--muted)}
.encoding summary{cursor:pointer}
.toc{font:.85rem/1.4 system-ui,sans-serif;padding-top:.75rem;padding-bottom:.75rem;color:var(--muted)}
.skip{position:absolute;left:-100vw}
.skip:focus{left:1rem;top:1rem;background:var(--paper);padding:.25rem .5rem;z-index:1}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
.view-caption,main>label{font:.85rem/1.4 system-ui,sans-serif;color:var(--muted)}
main>input{margin:0 .25rem 0 .75rem;vertical-align:-.1em;accent-color:var(--accent)}
main>label{cursor:pointer}
article{position:relative;padding-left:2.75rem}
.opener,.closer{margin:1.75rem 0;line-height:1.45}
.line{margin:.2rem 0}
.line.classification,.line.copy{text-align:right;letter-spacing:.04em}
.line.classification{font-weight:600}
.line.title{text-align:center;font-weight:600;margin:1rem 0}
.line.signed{width:fit-content;margin-left:auto;margin-top:1rem}
.para{position:relative;margin:0 0 1rem;hyphens:auto;orphans:2;widows:2}
.pnum{position:absolute;left:-2.75rem;width:2rem;text-align:right;font:.75rem/2.15 system-ui,sans-serif;color:var(--muted);text-decoration:none;user-select:none;-webkit-user-select:none}
.pnum:hover,.pnum:focus{color:var(--accent)}
a.person,a.org,a.place{color:inherit;text-decoration-line:underline;text-decoration-color:var(--rule);text-underline-offset:.2em;text-decoration-thickness:.08em}
a.org{text-decoration-style:dashed}
a.place{text-decoration-style:dotted;text-decoration-thickness:.12em}
a.person:hover,a.org:hover,a.place:hover{text-decoration-color:var(--accent)}
.cert-medium,.cert-low{text-decoration-style:wavy}
.said{background:var(--speech);border-left:2px solid var(--speech-rule);padding:0 .1em 0 .2em}
.said:hover{background:var(--mark)}
.supplied,.gap{color:var(--muted)}
.diplomatic{display:none}
#view-diplomatic:checked~* .diplomatic{display:inline}
#view-diplomatic:checked~* .reading{display:none}
.sic{text-decoration:underline wavy var(--slip);text-underline-offset:.2em}
abbr[title]{text-decoration:underline dotted;cursor:help}
.pb-rejoin::before{content:"‖";color:var(--accent);font-family:system-ui,sans-serif;padding:0 .1em}
.pb{color:var(--muted);font:.8em system-ui,sans-serif}
sup{line-height:0}
.noteref a{text-decoration:none;padding:0 .1em;font:600 .75em system-ui,sans-serif}
.notes,.index{border-top:1px solid var(--rule);margin-top:2.5rem}
.notes-list{list-style:none;padding:0;font-size:.95rem}
.endnotes{border-top:1px solid var(--rule);margin-top:1.5rem;padding-top:.5rem;font-size:.95rem}
.endnote-call,.endnote-label{text-decoration:none}
.notes-list li{margin:0 0 .6rem;padding-left:2rem;text-indent:-2rem}
.note-num{display:inline-block;width:1.6rem;margin-right:.4rem;text-align:right;text-indent:0;font:600 .8rem system-ui,sans-serif;text-decoration:none}
.note-label{font-style:italic}
.backref{text-decoration:none}
.entries{list-style:none;padding:0;margin:0;font-size:.95rem}
.entry{margin:0 0 .9rem;break-inside:avoid;page-break-inside:avoid}
.entry p{margin:0}
.entry-name{font-weight:600}
.entry-full,.entry-role,.entry-note,.entry-variants,.entry-status,.entry-authority,.entry-refs{padding-left:1rem;line-height:1.45}
.entry-variants,.entry-status,.entry-refs{color:var(--muted);font-size:.92em}
:target{background:var(--mark);scroll-margin-top:1rem}
footer{margin-top:3rem;padding-bottom:2rem;border-top:1px solid var(--rule);font-size:.8rem;color:var(--muted)}
@media (max-width:36rem){
body{font-size:1rem}
.doc-header,.toc,main,footer{padding:0 .9rem}
.doc-header{padding-top:1.25rem}
.meta{grid-template-columns:1fr;gap:0}
.meta dd{margin-bottom:.4rem}
article{padding-left:0}
.pnum{position:static;display:inline-block;width:auto;margin-right:.35rem;line-height:1}
.line.classification,.line.copy{text-align:left}
}
@media (min-width:75rem){
.doc-header,.toc,main,footer{max-width:48rem}
body{font-size:1.125rem}
}
@page{size:A4;margin:20mm 18mm 22mm 22mm}
@media print{
:root{--ink:#000;--paper:#fff;--muted:#444;--rule:#999;--accent:#000;--mark:transparent;--speech:#efefef;--speech-rule:#777}
body{font-size:10.5pt;line-height:1.45}
.skip,.toc,.view-caption,main>input,main>label,.encoding summary,.backref{display:none}
.encoding{display:none}
.doc-header,main,footer{max-width:none;padding:0}
a,a.person,a.org,a.place{color:inherit;text-decoration:none}
a.authority::after{content:" <" attr(href) ">";font-size:.85em;word-break:break-all}
.para{break-inside:auto;orphans:3;widows:3}
.opener,.closer,.meta>div,.notes-list li{break-inside:avoid;page-break-inside:avoid}
.notes,.index{break-before:auto}
.said{-webkit-print-color-adjust:exact;print-color-adjust:exact}
:target{background:none}
}
]]></xsl:variable>

</xsl:stylesheet>
