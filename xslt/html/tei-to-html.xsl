<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI P5 (as tei-edition writes it) → a self-contained HTML5 reading edition: one file, inline CSS,
  no script, nothing fetched (a Content-Security-Policy forbids it). Every element made from a TEI
  element names it in @data-tei. Parameters are documented in ../common/common.xsl.

  Two views, switched without script by two radio buttons that precede the text and CSS `:checked ~`:
    reading (default)  choice shows corr / reg / expan (the editor's reading; the transcript's form is
                       in the tooltip); a rejoined page break is invisible.
    diplomatic         choice shows sic / orig / abbr as the transcript has them, the abbreviation in
                       <abbr title="expansion">, a slip underlined; a rejoined page break shows as ‖.
  supplied and gap are shown in square brackets in both views: the brackets are the translator's and
  stand in the transcript itself (see the editorialDecl), so they belong to both readings.
  The switch is only written when the views differ; without it the page is the reading view.
  Direct speech (said) gets no quotation marks, the transcript's own marks being in its text: it is
  shaded, with a rule where it begins, and names its speaker in a tooltip.

  Page: header (title and the metadata panel from ed:metadata), a short nav, main (view switch, the
  text with paragraph numbers in the margin and id="p{@n}", then notes with back-links, then the
  index, entries with id="{@xml:id}" and links back to the paragraphs naming them), footer. Names
  link to the index only when their entry is in it, so no anchor is ever broken. Responsive (phone:
  numbers move inline) and printable (A4, links shown as text, no switch). The head, the style sheet
  and the ids of index entries are in page.xsl, shared with the corpus page.
  indent="yes" is safe: the serializer adds no whitespace inside mixed content or inline elements.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:x-tei-edition:xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>
  <xsl:include href="page.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="yes" include-content-type="no" escape-uri-attributes="no"/>

  <xsl:variable name="root" select="/"/>
  <xsl:variable name="generator" as="xs:string?" select="ed:generator(/)"/>
  <xsl:variable name="doc-title" as="xs:string" select="ed:title(/)"/>
  <xsl:variable name="has-views" as="xs:boolean"
    select="exists(/TEI/text/descendant::*[self::choice or self::pb[@type = 'rejoin']])"/>
  <xsl:variable name="notes" select="/TEI/text/descendant::note[not(@type = 'endnote')]"/>
  <xsl:variable name="has-speech" as="xs:boolean" select="exists(/TEI/text/descendant::said)"/>
  <xsl:variable name="index-kinds" as="map(xs:string, xs:string)"
    select="map {'person': 'Persons', 'org': 'Organizations', 'place': 'Places'}"/>
  <xsl:variable name="name-kinds" as="map(xs:string, xs:string)"
    select="map {'persName': 'person', 'orgName': 'org', 'placeName': 'place', 'name': 'name', 'rs': 'name'}"/>
  <xsl:variable name="kind-label" as="map(xs:string, xs:string)"
    select="map {'person': 'Person', 'org': 'Organization', 'place': 'Place', 'name': 'Name'}"/>
  <xsl:variable name="has-index" as="xs:boolean"
    select="$ed:show-index and exists($ed:register)"/>
  <xsl:variable name="entry-anchors" as="map(xs:string, xs:string)"
    select="map:merge($ed:register ! map {string(@xml:id): ed:entry-anchor(.)}, map {'duplicates': 'use-first'})"/>

  <xsl:template match="/">
    <html lang="en">
      <xsl:call-template name="ed:head">
        <xsl:with-param name="title" select="$doc-title"/>
        <xsl:with-param name="generator" select="$generator"/>
      </xsl:call-template>
      <body>
        <a class="skip" href="#text">Skip to the text</a>
        <xsl:call-template name="header"/>
        <nav class="toc" aria-label="Parts of this edition">
          <a href="#text">Text</a>
          <xsl:if test="$notes">
            <xsl:text> · </xsl:text><a href="#notes">Notes</a>
          </xsl:if>
          <xsl:if test="$has-index">
            <xsl:text> · </xsl:text><a href="#index">Index</a>
          </xsl:if>
        </nav>
        <main>
          <xsl:if test="$has-views">
            <xsl:call-template name="view-switch"/>
          </xsl:if>
          <article id="text" data-tei="text">
            <xsl:for-each select="(/TEI/text/@xml:lang, /TEI/@xml:lang)[1]"><xsl:attribute name="lang" select="."/></xsl:for-each>
            <h2 class="visually-hidden">Text of the document</h2>
            <xsl:apply-templates select="/TEI/text"/>
          </article>
          <xsl:if test="$notes">
            <xsl:call-template name="notes"/>
          </xsl:if>
          <xsl:if test="$has-index">
            <xsl:call-template name="index"/>
          </xsl:if>
        </main>
        <xsl:for-each select="$generator">
          <footer>
            <p>TEI P5 encoding generated by <xsl:value-of select="."/>; this page is rendered from it by XSLT.</p>
          </footer>
        </xsl:for-each>
      </body>
    </html>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- ===================================================================== header panel -->

  <xsl:template name="header">
    <header class="doc-header" data-tei="teiHeader">
      <h1 data-tei="title"><xsl:value-of select="$doc-title"/></h1>
      <xsl:variable name="fields" select="ed:metadata(/)"/>
      <xsl:if test="exists($fields)">
        <dl class="meta">
          <xsl:for-each select="$fields">
            <div class="field field-{?key}">
              <dt><xsl:value-of select="?label"/></dt>
              <dd>
                <xsl:choose>
                  <xsl:when test="exists(?href)">
                    <a class="source" href="{?href}"><xsl:value-of select="?text"/></a>
                  </xsl:when>
                  <xsl:when test="exists(?datetime)">
                    <time datetime="{?datetime}"><xsl:value-of select="?text"/></time>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="?text"/></xsl:otherwise>
                </xsl:choose>
                <xsl:for-each select="?note">
                  <xsl:text> </xsl:text><span class="aside">(<xsl:value-of select="."/>)</span>
                </xsl:for-each>
              </dd>
            </div>
          </xsl:for-each>
        </dl>
      </xsl:if>
      <xsl:variable name="decl" select="/TEI/teiHeader/encodingDesc/editorialDecl/*"/>
      <xsl:if test="$decl or $has-views or $has-speech">
        <details class="encoding">
          <summary>How this edition was made</summary>
          <xsl:for-each select="$decl">
            <p data-tei="{local-name()}"><xsl:value-of select="ed:reading-text(.)"/></p>
          </xsl:for-each>
          <xsl:if test="$has-views">
            <p>The reading view shows the editor's corrections and expansions; the diplomatic view shows the transcript's own spelling and abbreviations and marks rejoined page breaks with ‖. Square brackets are the translator's and appear in both.</p>
          </xsl:if>
          <xsl:if test="$has-speech">
            <p>Direct speech is shaded, with a rule where it begins; the speaker's name appears when the pointer rests on it.</p>
          </xsl:if>
        </details>
      </xsl:if>
    </header>
  </xsl:template>

  <!-- The radio buttons must be earlier siblings of the text for the `:checked ~` selectors to reach it. -->
  <xsl:template name="view-switch">
    <span class="view-caption" id="view-caption">View:</span>
    <input type="radio" name="view" id="view-reading" aria-describedby="view-caption">
      <xsl:if test="$view ne 'diplomatic'"><xsl:attribute name="checked" select="'checked'"/></xsl:if>
    </input>
    <label for="view-reading">reading text</label>
    <input type="radio" name="view" id="view-diplomatic" aria-describedby="view-caption">
      <xsl:if test="$view eq 'diplomatic'"><xsl:attribute name="checked" select="'checked'"/></xsl:if>
    </input>
    <label for="view-diplomatic">as transcribed (diplomatic)</label>
  </xsl:template>

  <!-- ===================================================================== text structure -->

  <xsl:template match="text | body | front | back">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <xsl:template match="div">
    <div class="tei-div" data-tei="div">
      <xsl:for-each select="@type"><xsl:attribute name="data-type" select="."/></xsl:for-each>
      <xsl:apply-templates select="*"/>
    </div>
  </xsl:template>

  <xsl:template match="div/head">
    <xsl:element name="h{min((count(ancestor::div) + 1, 6))}">
      <xsl:attribute name="id" select="ed:anchor(.)"/>
      <xsl:attribute name="data-tei" select="'head'"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="opener | closer">
    <div class="{local-name()}" id="{ed:anchor(.)}" data-tei="{local-name()}">
      <!-- Each block child is a line group; loose text and inline elements between them form lines too. -->
      <xsl:for-each-group select="node()" group-adjacent="if (self::*[local-name() = $ed:frame-blocks]) then generate-id() else 'run'">
        <xsl:choose>
          <xsl:when test="current-grouping-key() ne 'run'">
            <xsl:apply-templates select="." mode="frame-block"/>
          </xsl:when>
          <xsl:when test="normalize-space(string-join(current-group())) ne '' or current-group()/self::*[not(self::lb)]">
            <div class="line" data-tei="{local-name(..)}">
              <xsl:apply-templates select="current-group()"/>
            </div>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each-group>
    </div>
  </xsl:template>

  <xsl:template match="*" mode="frame-block">
    <div class="{string-join(('line', local-name(), @type), ' ')}" data-tei="{local-name()}">
      <xsl:for-each select="@type"><xsl:attribute name="data-type" select="."/></xsl:for-each>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="note//p">
    <span class="note-p" data-tei="p"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="p">
    <xsl:if test="* or normalize-space(.) ne ''">
      <xsl:variable name="label" select="if (@n) then normalize-space(@n) else ed:block-label(.)"/>
      <xsl:variable name="anchor" select="if (@n) then 'p' || $label else ed:anchor(.)"/>
      <p class="para" id="{$anchor}" data-tei="p" data-n="{$label}">
        <a class="pnum" href="#{$anchor}" aria-label="Paragraph {$label}"><xsl:value-of select="$label"/></a>
        <xsl:text> </xsl:text>
        <xsl:apply-templates/>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- ===================================================================== inline -->

  <xsl:template match="lb">
    <br data-tei="lb"/>
  </xsl:template>

  <!-- A rejoin is not a break of the text: only a marker in the diplomatic view, and a space if none is there. -->
  <xsl:template match="pb[@type = 'rejoin']">
    <span class="pb-rejoin diplomatic" data-tei="pb"
      title="Page break in the transcript: two blocks were rejoined here{ed:cert-words(.)}"/>
    <xsl:if test="not(matches(string(preceding-sibling::node()[1]), '\s$') or matches(string(following-sibling::node()[1]), '^\s'))">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="pb">
    <span class="pb" data-tei="pb" title="Page break">
      <xsl:value-of select="if (@n) then '[p. ' || @n || ']' else '|'"/>
    </span>
  </xsl:template>

  <!--
    The commonest element of a page: a name whose @ref is "#id" of a register entry, sure, when the page
    has an index. Its link is looked up in $sure-links rather than worked out: saxon-js charges for
    every step, and a page names the same few entities a hundred times.
  -->
  <xsl:template match="persName | orgName | placeName | name | rs">
    <xsl:variable name="link" select="$sure-links(string(@ref))"/>
    <xsl:choose>
      <xsl:when test="exists($link) and not(@cert eq 'medium' or @cert eq 'low')">
        <xsl:variable name="kind" select="$name-kinds(local-name())"/>
        <a class="{$kind}" href="{$link(1)}" data-tei="{local-name()}" title="{$kind-label($kind)}: {$link(2)}">
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="name-link">
          <xsl:with-param name="entry" select="ed:entry(@ref)"/>
          <xsl:with-param name="kind" select="$name-kinds(local-name())"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    Links to the index by pointer ("#id" → [href, the entry's name]), for the ids that are a pointer
    as they stand (no spaces); other pointers are resolved by ed:entry.
  -->
  <xsl:variable name="sure-links" as="map(xs:string, array(xs:string))"
    select="if ($has-index) then map:merge(map:keys($ed:entries)[. eq normalize-space(.) and not(contains(., ' '))]
      ! map {'#' || .: ['#' || $entry-anchors(.), $ed:names(.)]}) else map {}"/>

  <xsl:template name="name-link">
    <xsl:param name="entry" as="element()?"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="uncertain" select="@cert[. = ('medium', 'low')]"/>
    <xsl:variable name="class" select="if ($uncertain) then $kind || ' cert-' || $uncertain else $kind"/>
    <xsl:variable name="title" select="if (@ref) then $kind-label($kind) || ': '
      || (if ($entry) then $ed:names(string($entry/@xml:id)) else ed:entity-label(.))
      || (if ($uncertain) then ' (certainty ' || $uncertain || ')' else '') else ()"/>
    <xsl:variable name="href" select="if ($entry) then (if ($has-index) then '#' || $entry-anchors(string($entry/@xml:id)) else ())
      else ed:safe-url(tokenize(normalize-space(@ref), ' ')[1])"/>
    <xsl:element name="{if (exists($href)) then 'a' else 'span'}">
      <xsl:attribute name="class" select="$class"/>
      <xsl:if test="exists($href)"><xsl:attribute name="href" select="$href"/></xsl:if>
      <xsl:attribute name="data-tei" select="local-name()"/>
      <xsl:if test="exists($title)"><xsl:attribute name="title" select="$title"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="date">
    <xsl:variable name="iso" select="ed:date-iso(.)"/>
    <xsl:variable name="title" select="string-join((ed:date-display(.), ed:date-caveat(.)), '; ')"/>
    <xsl:choose>
      <xsl:when test="$iso">
        <time datetime="{$iso}" data-tei="date" title="{$title}"><xsl:apply-templates/></time>
      </xsl:when>
      <!-- A stretch of days (@from, @to) has no single datetime: its days are in the tooltip. -->
      <xsl:when test="@from and @to">
        <span class="date" data-tei="date" title="{$title}"><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise>
        <span class="date" data-tei="date"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The transcript's quotation marks are in the text: add none, only say who speaks. -->
  <xsl:template match="said">
    <span class="said" data-tei="said">
      <xsl:for-each select="@xml:id"><xsl:attribute name="id" select="."/></xsl:for-each>
      <xsl:if test="@who">
        <xsl:attribute name="title" select="'Speaker: ' || ed:entity-label(.) || ed:cert-words(.)"/>
      </xsl:if>
      <xsl:for-each select="@prev, @next">
        <xsl:attribute name="data-{local-name()}" select="ed:pointer-ids(.)[1]"/>
      </xsl:for-each>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="foreign">
    <i class="foreign" data-tei="foreign">
      <xsl:for-each select="@xml:lang"><xsl:attribute name="lang" select="."/></xsl:for-each>
      <xsl:apply-templates/>
    </i>
  </xsl:template>

  <xsl:template match="supplied">
    <span class="supplied" data-tei="supplied"
      title="{string-join(('Supplied in the translation', @reason ! ('reason: ' || .)), '; ')}">
      <xsl:text>[</xsl:text>
      <xsl:apply-templates/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="gap">
    <span class="gap" data-tei="gap" title="{string-join(('Omitted or illegible', @reason ! ('reason: ' || .)), '; ')}">
      <xsl:value-of select="'[' || ed:gap-text(.) || ']'"/>
    </span>
  </xsl:template>

  <!-- choice: both alternatives are written, each tagged with the view that shows it. -->
  <xsl:template match="choice">
    <span class="choice" data-tei="choice">
      <xsl:apply-templates select="*" mode="choice"/>
    </span>
  </xsl:template>

  <xsl:template match="sic | orig" mode="choice">
    <xsl:variable name="other" select="../(corr | reg)[1]"/>
    <span class="{local-name()} diplomatic" data-tei="{local-name()}">
      <xsl:if test="$other"><xsl:attribute name="title" select="'Read: ' || ed:reading-text($other)"/></xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="corr | reg" mode="choice">
    <xsl:variable name="other" select="../(sic | orig)[1]"/>
    <span class="{local-name()} reading" data-tei="{local-name()}">
      <xsl:if test="$other"><xsl:attribute name="title" select="'The transcript has: ' || ed:reading-text($other)"/></xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="abbr" mode="choice">
    <xsl:variable name="expan" select="../expan[1]"/>
    <abbr class="diplomatic" data-tei="abbr">
      <xsl:if test="$expan"><xsl:attribute name="title" select="ed:reading-text($expan)"/></xsl:if>
      <xsl:apply-templates/>
    </abbr>
  </xsl:template>

  <xsl:template match="expan" mode="choice">
    <xsl:variable name="abbr" select="../abbr[1]"/>
    <span class="expan reading" data-tei="expan">
      <xsl:if test="$abbr"><xsl:attribute name="title" select="'Written: ' || ed:reading-text($abbr)"/></xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Any other alternative (choice of two seg, unclear…): shown in both views, first one only. -->
  <xsl:template match="*" mode="choice">
    <xsl:if test="not(preceding-sibling::*)">
      <xsl:apply-templates select="."/>
    </xsl:if>
  </xsl:template>

  <!-- The document's own notes, after the closer as the archive prints them; each label links back to its first call. -->
  <xsl:template match="back/div[@type = 'notes']">
    <section class="endnotes" data-tei="div" data-type="notes" aria-label="Notes of the document">
      <xsl:apply-templates select="*"/>
    </section>
  </xsl:template>

  <xsl:template match="note[@type = 'endnote']">
    <p class="endnote" id="{@xml:id}" data-tei="note" data-type="endnote">
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="note[@type = 'endnote']/label">
    <xsl:variable name="called" select="exists($root/TEI/text/descendant::ref[@type = 'noteRef'][@target = '#' || current()/../@xml:id])"/>
    <a class="endnote-label" data-tei="label">
      <xsl:if test="$called"><xsl:attribute name="href" select="'#call-' || ../@xml:id"/></xsl:if>
      <xsl:value-of select="."/>
    </a>
  </xsl:template>

  <!-- A call of an endnote, as written ("[1]"); the first call of each note is where its label leads back to. -->
  <xsl:template match="ref[@type = 'noteRef']">
    <a class="endnote-call" href="{@target}" data-tei="ref">
      <xsl:if test="not(preceding::ref[@type = 'noteRef'][@target = current()/@target])">
        <xsl:attribute name="id" select="'call-' || substring(@target, 2)"/>
      </xsl:if>
      <xsl:value-of select="."/>
    </a>
  </xsl:template>

  <xsl:template match="note">
    <xsl:variable name="n" select="ed:note-number(.)"/>
    <sup class="noteref" data-tei="note">
      <a href="#note-{$n}" id="noteref-{$n}" aria-label="Note {$n}"><xsl:value-of select="$n"/></a>
    </sup>
  </xsl:template>

  <xsl:template match="ref[ed:safe-url(@target)]">
    <a href="{ed:safe-url(@target)}" data-tei="ref"><xsl:apply-templates/></a>
  </xsl:template>

  <xsl:template match="title">
    <cite data-tei="title"><xsl:apply-templates/></cite>
  </xsl:template>

  <xsl:template match="hi">
    <span class="hi {@rend}" data-tei="hi"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- Elements without a rendering of their own keep their text and their name. -->
  <xsl:template match="*">
    <span data-tei="{local-name()}">
      <xsl:for-each select="@type"><xsl:attribute name="data-type" select="."/></xsl:for-each>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- " (certainty medium)" for machine decisions that are less than sure; "" otherwise. -->
  <xsl:function name="ed:cert-words" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="string-join($element/@cert[. = ('medium', 'low')] ! (' (certainty ' || . || ')'))"/>
  </xsl:function>

  <!-- ===================================================================== notes -->

  <xsl:template name="notes">
    <section id="notes" class="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <ol class="notes-list">
        <xsl:for-each select="$notes">
          <xsl:variable name="n" select="ed:note-number(.)"/>
          <li id="note-{$n}" data-tei="note">
            <xsl:for-each select="@type"><xsl:attribute name="data-type" select="."/></xsl:for-each>
            <xsl:for-each select="@xml:id"><xsl:attribute name="data-xml-id" select="."/></xsl:for-each>
            <a class="note-num" href="#noteref-{$n}" aria-label="Back to the call of note {$n}"><xsl:value-of select="$n"/></a>
            <xsl:text> </xsl:text>
            <xsl:for-each select="ed:note-label(.)">
              <span class="note-label"><xsl:value-of select="."/>.</span>
              <xsl:text> </xsl:text>
            </xsl:for-each>
            <xsl:apply-templates/>
            <xsl:text> </xsl:text>
            <a class="backref" href="#noteref-{$n}" aria-label="Back to the text">↩</a>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

  <!-- ===================================================================== index -->

  <xsl:template name="index">
    <section id="index" class="index" aria-labelledby="index-heading">
      <h2 id="index-heading">Index</h2>
      <xsl:for-each select="'person', 'org', 'place'">
        <xsl:variable name="kind" select="."/>
        <xsl:variable name="entries" select="ed:index-entries($kind)"/>
        <xsl:if test="$entries">
          <section class="index-group" aria-labelledby="index-{$kind}">
            <h3 id="index-{$kind}"><xsl:value-of select="$index-kinds($kind)"/></h3>
            <ul class="entries">
              <xsl:apply-templates select="$entries" mode="index"/>
            </ul>
          </section>
        </xsl:if>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!--
    One entry of the index. saxon-js charges for every instruction and function call, and a page has
    dozens of entries: each part is worked out once, and the tests before the rarer parts spare the
    entries that lack them the work.
  -->
  <xsl:template match="person | org | place" mode="index">
    <xsl:variable name="id" select="string(@xml:id)"/>
    <xsl:variable name="preferred" select="$ed:names($id)"/>
    <xsl:variable name="full" select="if (*[@type = 'full']) then ed:full-name(.) else ()"/>
    <li id="{$entry-anchors($id)}" class="entry {local-name()}{@cert[. eq 'medium' or . eq 'low'] ! ' proposed'}" data-tei="{local-name()}">
      <p class="entry-head">
        <span class="entry-name"><xsl:value-of select="$preferred"/></span>
        <xsl:if test="birth or death">
          <xsl:text>, </xsl:text><span class="life-dates"><xsl:value-of select="ed:life-dates(.)"/></span>
        </xsl:if>
      </p>
      <xsl:for-each select="$full">
        <p class="entry-full">Full name: <xsl:value-of select="."/></p>
      </xsl:for-each>
      <xsl:variable name="roles" select="(occupation | roleName | affiliation | state/desc | desc)[normalize-space()]"/>
      <xsl:if test="$roles">
        <p class="entry-role"><xsl:value-of select="string-join($roles ! ed:reading-text(.), '; ')"/></p>
      </xsl:if>
      <xsl:for-each select="note[not(@type eq 'status')]">
        <p class="entry-note"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:variable name="variants" select="if ((persName | orgName | placeName)[not(@type = ('preferred', 'full'))]) then ed:variants(., ($preferred, $full)) else ()"/>
      <xsl:if test="exists($variants)">
        <p class="entry-variants">
          <xsl:text>Also written: </xsl:text>
          <xsl:for-each select="$variants">
            <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
            <span data-tei="{local-name()}">
              <xsl:for-each select="@xml:lang"><xsl:attribute name="lang" select="."/></xsl:for-each>
              <xsl:value-of select="ed:name-text(.)"/>
            </span>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:if test="note[@type eq 'status'] or @cert[. eq 'medium' or . eq 'low']">
        <xsl:for-each select="ed:entry-status(.)">
          <p class="entry-status"><xsl:value-of select="."/></p>
        </xsl:for-each>
      </xsl:if>
      <xsl:if test="idno">
        <xsl:variable name="authorities" select="idno ! [., ed:authority-url(.)][exists(?2)]"/>
        <xsl:if test="exists($authorities)">
          <p class="entry-authority">
            <xsl:for-each select="$authorities">
              <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if>
              <a class="authority" href="{?2}" data-tei="idno">
                <xsl:value-of select="ed:authority-name(?1) || ' ' || normalize-space(?1)"/>
              </a>
            </xsl:for-each>
          </p>
        </xsl:if>
      </xsl:if>
      <xsl:variable name="refs" select="ed:index-refs(.)"/>
      <xsl:call-template name="back-links">
        <xsl:with-param name="label" select="'Named in'"/>
        <xsl:with-param name="blocks" select="$refs?named"/>
      </xsl:call-template>
      <xsl:if test="exists($refs?speaks)">
        <xsl:call-template name="back-links">
          <xsl:with-param name="label" select="'Speaks in'"/>
          <xsl:with-param name="blocks" select="$refs?speaks"/>
        </xsl:call-template>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template name="back-links">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="blocks" as="element()*"/>
    <xsl:if test="$blocks">
      <p class="entry-refs">
        <xsl:value-of select="$label"/>
        <xsl:text> </xsl:text>
        <xsl:for-each select="$blocks">
          <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
          <xsl:choose>
            <!-- Numbered paragraphs, nearly all the blocks, need no function call for label and anchor. -->
            <xsl:when test="@n and self::p">
              <xsl:variable name="n" select="normalize-space(@n)"/>
              <a href="#p{$n}" aria-label="paragraph {$n}">¶<xsl:value-of select="$n"/></a>
            </xsl:when>
            <xsl:otherwise>
              <xsl:variable name="text" select="ed:block-label(.)"/>
              <a href="#{ed:anchor(.)}">
                <xsl:if test="self::p"><xsl:attribute name="aria-label" select="'paragraph ' || $text"/></xsl:if>
                <xsl:value-of select="if (self::p) then '¶' || $text else $text"/>
              </a>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
