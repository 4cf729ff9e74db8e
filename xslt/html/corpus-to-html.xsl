<?xml version="1.0" encoding="UTF-8"?>
<!--
  A teiCorpus of tei-edition documents → the corpus page (index.html): every document with its date,
  title (a link to its page) and summary, then one index of the persons, organizations and places
  that the documents name. Self-contained like the documents' pages: inline CSS, no script, nothing
  fetched. Parameters are documented in ../common/common.xsl (show-index is the one that applies).

  Input, exactly:
    <teiCorpus xmlns="http://www.tei-c.org/ns/1.0">
      <teiHeader>…</teiHeader>           optional: its titleStmt/title names the page, its appInfo the tool
      <standOff>…</standOff>             optional: a register shared by all documents (listPerson/person,
                                         listOrg/org, listPlace/place with @xml:id)
      <TEI n="120726">…</TEI>            one per document, as tei-edition wrote it, with or without a
      …                                  standOff of its own
    </teiCorpus>
  The build's corpus.tei.xml has this form (register at the corpus level, none in the documents); so
  has a plain wrapping of the documents' .tei.xml files (a register in each). @n is the base name of
  the document's outputs: its page is "{@n}.html", beside index.html. A TEI without a usable @n
  (letters, digits, ".", "_", "-") is listed without links. Nested teiCorpus elements are read too; a
  lone TEI document is a corpus of one.

  Documents are listed by document date (undated ones last), then by @n. Index entries are merged by
  @xml:id, which the register gives an entity in every document: name, dates and role come from the
  first entry of that id (the corpus's register, else the first document's). Every document that
  names the entity, quotes it, or has it in its own register is listed, its name linking to the entity's
  entry in the document's own index ("{@n}.html#{entry}"), which lists the paragraphs: a corpus of
  thousands of documents keeps a page of one link per entity and document. Only the header, the
  names and the speech of a document are read, so the build renders the page from an outline of each
  document (titles, dates, summary, and one empty name per entity named), not from its whole text.
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

  <!--
    The documents in the order of the input; their sort keys; their positions in the input in the order
    of the page; the documents in that order. Positions, because saxon-js finds a node's place among
    thousands of siblings (for generate-id, or to compare two nodes) by walking them.
  -->
  <xsl:variable name="input-documents" as="element()*" select="/teiCorpus/descendant::TEI, /TEI"/>
  <xsl:variable name="order-keys" as="array(xs:string)*" select="$input-documents ! array {ed:order-keys(.)}"/>
  <xsl:variable name="page-order" as="xs:integer*" select="ed:page-order($order-keys)"/>
  <xsl:variable name="documents" as="element()*" select="for $i in $page-order return $input-documents[$i]"/>

  <xsl:variable name="corpus" select="/"/>

  <xsl:variable name="page-title" as="xs:string"
    select="(/teiCorpus/teiHeader/fileDesc/titleStmt/title ! ed:reading-text(.), 'Documents')[. ne ''][1]"/>

  <!-- The register of the corpus itself, not of one of its documents, in document order; and the position of each id in it. -->
  <xsl:variable name="corpus-register" as="element()*" select="/teiCorpus/descendant-or-self::teiCorpus/(standOff | teiHeader/profileDesc)
    //(listPerson/person | listOrg/org | listPlace/place)[@xml:id]"/>
  <xsl:variable name="register-order" as="map(xs:string, xs:integer)"
    select="map:merge($corpus-register ! map {string(@xml:id): position()}, map {'duplicates': 'use-first'})"/>

  <!-- Register entries merged by id, in document order: id → every entry of that id. -->
  <xsl:variable name="merged" as="map(xs:string, element()+)">
    <xsl:map>
      <xsl:for-each-group select="($corpus-register, $documents ! ed:register-entries(.)) / ." group-by="string(@xml:id)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <xsl:variable name="has-index" as="xs:boolean" select="$ed:show-index and map:size($merged) gt 0"/>

  <!--
    The documents that name, quote or list each entity, by its id, in the order of the list, each as a
    map {'tei': its TEI, 'name': ed:document-name}, which an entry's links read: one walk over each
    document, where a lookup of the entity's names and speeches and a sort of their documents would make
    saxon-js compare the places of nodes in the tree, at a cost that grows with the corpus; and one
    document name per document, not per link. (A document whose keys repeat an id is grouped once.)
  -->
  <xsl:variable name="named-in" as="map(xs:string, map(xs:string, item()?)+)">
    <xsl:map>
      <xsl:for-each-group select="$documents ! map {'tei': ., 'name': ed:document-name(.)}" group-by="ed:named-ids(?tei)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <xsl:variable name="kinds" as="map(xs:string, xs:string)"
    select="map {'person': 'Persons', 'org': 'Organizations', 'place': 'Places'}"/>

  <!--
    The page in one transform. The build renders a corpus of thousands of documents in slices instead
    (src/render/corpus.ts), each a transform of its own over a small teiCorpus, from these initial
    templates, which share the templates of the page:
      ed:corpus-order      The sort keys of each document in the input (ed:order-keys), as
                           <li data-ed-key="…"> (ed:key-text: digits, dots and spaces).
      ed:corpus-frame      The page without the documents' items and the index entries, from the
                           corpus's header and register and, in the tunnel parameter order-keys, the
                           keys of every document (as ed:corpus-order writes them, in the order of the
                           documents). In place of the items, each list holds one empty item that names it
                           and gives their order: <li data-ed-list="documents" data-ed-order="3 1 2 …">
                           (positions in order-keys), <li data-ed-list="person" data-ed-order="5 4 …">
                           (positions in the corpus's register; 0 for an entry of a document's own).
      ed:corpus-documents  The items of the documents in the input.
      ed:corpus-index      The index entries of the corpus's register, each with the links to those
                           documents of the input that name it. An entry's links may come from several
                           slices: in this part they stand between the comments ed:refs and /ed:refs,
                           and those of an entity whose id is in the tunnel parameter continued (links
                           of an earlier slice come first) begin with their separator.
    A slice renders its items within the ancestors that they have on the page, so that the serializer
    indents them the same way, between the empty items <li data-ed-slice="begin"> and
    <li data-ed-slice="end">; in the index, each entry follows an empty item <li data-ed-entry="5">
    that gives its position in the corpus's register.
  -->
  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="part" select="'page'" tunnel="yes"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ed:corpus-order">
    <ol>
      <xsl:for-each select="$order-keys">
        <li data-ed-key="{ed:key-text(?*)}"/>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <xsl:template name="ed:corpus-frame">
    <xsl:param name="order-keys" as="xs:string*" tunnel="yes"/>
    <xsl:call-template name="page">
      <xsl:with-param name="part" select="'frame'" tunnel="yes"/>
      <xsl:with-param name="document-order" select="ed:page-order($order-keys ! array {ed:text-keys(.)})" tunnel="yes"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ed:corpus-documents">
    <xsl:call-template name="page">
      <xsl:with-param name="part" select="'documents'" tunnel="yes"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ed:corpus-index">
    <xsl:call-template name="page">
      <xsl:with-param name="part" select="'index'" tunnel="yes"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The page, or the part of it that $part names: 'page', 'frame', 'documents' or 'index' (see above). -->
  <xsl:template name="page">
    <xsl:param name="part" as="xs:string" required="yes" tunnel="yes"/>
    <xsl:param name="document-order" as="xs:integer*" select="$page-order" tunnel="yes"/>
    <xsl:variable name="whole" select="$part = ('page', 'frame')"/>
    <html lang="en">
      <xsl:if test="$whole">
        <xsl:call-template name="ed:head">
          <xsl:with-param name="title" select="$page-title"/>
          <xsl:with-param name="generator" select="(ed:generator($corpus), $documents ! ed:generator(.))[1]"/>
          <xsl:with-param name="css" select="$ed:css || $corpus-css"/>
        </xsl:call-template>
      </xsl:if>
      <body>
        <xsl:if test="$whole">
          <a class="skip" href="#documents">Skip to the documents</a>
          <header class="doc-header">
            <h1><xsl:value-of select="$page-title"/></h1>
            <p class="intro">
              <xsl:value-of select="ed:count-words(count($document-order), 'document', 'documents')"/>
              <xsl:if test="$has-index">
                <xsl:text>, with an index of the persons, organizations and places they name</xsl:text>
              </xsl:if>
              <xsl:text>.</xsl:text>
            </p>
          </header>
          <nav class="toc" aria-label="Parts of this page">
            <a href="#documents">Documents</a>
            <xsl:if test="$has-index">
              <xsl:text> · </xsl:text><a href="#index">Index</a>
            </xsl:if>
          </nav>
        </xsl:if>
        <main>
          <xsl:if test="$part ne 'index'">
            <section id="documents" aria-labelledby="documents-heading">
              <xsl:if test="$whole"><h2 id="documents-heading">Documents</h2></xsl:if>
              <ol class="documents">
                <xsl:choose>
                  <xsl:when test="$part eq 'frame'">
                    <xsl:if test="exists($document-order)">
                      <li data-ed-list="documents" data-ed-order="{$document-order}"/>
                    </xsl:if>
                  </xsl:when>
                  <xsl:otherwise>
                    <xsl:call-template name="slice-mark"><xsl:with-param name="mark" select="'begin'"/></xsl:call-template>
                    <xsl:apply-templates select="$documents" mode="document"/>
                    <xsl:call-template name="slice-mark"><xsl:with-param name="mark" select="'end'"/></xsl:call-template>
                  </xsl:otherwise>
                </xsl:choose>
              </ol>
            </section>
          </xsl:if>
          <xsl:if test="$part ne 'documents' and $has-index">
            <xsl:call-template name="index"/>
          </xsl:if>
        </main>
      </body>
    </html>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- Where the items of a slice begin or end: nothing on the page rendered whole. -->
  <xsl:template name="slice-mark">
    <xsl:param name="part" as="xs:string" required="yes" tunnel="yes"/>
    <xsl:param name="mark" as="xs:string"/>
    <xsl:if test="$part ne 'page'"><li data-ed-slice="{$mark}"/></xsl:if>
  </xsl:template>

  <!-- ===================================================================== documents -->

  <xsl:template match="TEI" mode="document">
    <xsl:variable name="name" select="ed:document-name(.)"/>
    <xsl:variable name="dates" select="(ed:document-date(.) ! ed:date-field('document-date', 'Document date', .),
      ed:event-date(.) ! ed:date-field('event-date', 'Event date', .))"/>
    <li class="document" data-tei="TEI">
      <xsl:if test="exists($name)"><xsl:attribute name="id" select="'doc-' || $name"/></xsl:if>
      <p class="doc-meta">
        <xsl:for-each select="$name">
          <span class="doc-name"><xsl:value-of select="."/></span>
        </xsl:for-each>
        <xsl:for-each select="$dates">
          <xsl:if test="position() gt 1 or exists($name)"><xsl:text> · </xsl:text></xsl:if>
          <xsl:value-of select="?label"/>
          <xsl:text> </xsl:text>
          <xsl:choose>
            <xsl:when test="exists(?datetime)"><time datetime="{?datetime}"><xsl:value-of select="?text"/></time></xsl:when>
            <xsl:otherwise><xsl:value-of select="?text"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </p>
      <h3 class="doc-title">
        <xsl:choose>
          <xsl:when test="exists($name)"><a href="{$name}.html"><xsl:value-of select="ed:title(.)"/></a></xsl:when>
          <xsl:otherwise><xsl:value-of select="ed:title(.)"/></xsl:otherwise>
        </xsl:choose>
      </h3>
      <xsl:for-each select="ed:summary(.)">
        <p class="doc-summary"><xsl:value-of select="."/></p>
      </xsl:for-each>
    </li>
  </xsl:template>

  <!-- ===================================================================== index -->

  <xsl:template name="index">
    <xsl:param name="part" as="xs:string" required="yes" tunnel="yes"/>
    <section id="index" class="index" aria-labelledby="index-heading">
      <xsl:if test="$part ne 'index'"><h2 id="index-heading">Index</h2></xsl:if>
      <xsl:for-each select="'person', 'org', 'place'">
        <xsl:variable name="kind" select="."/>
        <xsl:variable name="entries" select="ed:sort-entries(map:for-each($merged, function($id, $group) { $group[1] })[local-name() eq $kind])"/>
        <xsl:if test="$entries">
          <section class="index-group" aria-labelledby="index-{$kind}">
            <xsl:if test="$part ne 'index'"><h3 id="index-{$kind}"><xsl:value-of select="$kinds($kind)"/></h3></xsl:if>
            <ul class="entries">
              <xsl:choose>
                <xsl:when test="$part eq 'frame'">
                  <li data-ed-list="{$kind}" data-ed-order="{$entries ! ($register-order(string(@xml:id)), 0)[1]}"/>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="slice-mark"><xsl:with-param name="mark" select="'begin'"/></xsl:call-template>
                  <xsl:for-each select="$entries">
                    <xsl:if test="$part eq 'index'"><li data-ed-entry="{($register-order(string(@xml:id)), 0)[1]}"/></xsl:if>
                    <xsl:apply-templates select="." mode="index"/>
                  </xsl:for-each>
                  <xsl:call-template name="slice-mark"><xsl:with-param name="mark" select="'end'"/></xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
            </ul>
          </section>
        </xsl:if>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!--
    One entity: its first entry speaks for it, then the documents that name it, quote it or list it,
    each a link to the entity's entry in that document's own index, where its paragraphs are listed.
    Its documents come from $named-in, which is made in one walk over the documents.
  -->
  <xsl:template match="person | org | place" mode="index">
    <xsl:param name="part" as="xs:string" required="yes" tunnel="yes"/>
    <xsl:param name="continued" as="xs:string*" tunnel="yes"/>
    <xsl:variable name="id" select="string(@xml:id)"/>
    <xsl:variable name="anchor" select="ed:entry-anchor(.)"/>
    <xsl:variable name="life" select="ed:life-dates(.)"/>
    <xsl:variable name="roles" select="(occupation | roleName | affiliation | state/desc | desc)[normalize-space()]"/>
    <xsl:variable name="documents" select="$named-in($id)"/>
    <xsl:variable name="continuation" select="$id = $continued"/>
    <li id="{$anchor}" class="entry {local-name()}" data-tei="{local-name()}">
      <p class="entry-head">
        <span class="entry-name"><xsl:value-of select="ed:preferred-name(.)"/></span>
        <xsl:for-each select="$life">
          <xsl:text>, </xsl:text><span class="life-dates"><xsl:value-of select="."/></span>
        </xsl:for-each>
      </p>
      <xsl:if test="$roles">
        <p class="entry-role"><xsl:value-of select="string-join($roles ! ed:reading-text(.), '; ')"/></p>
      </xsl:if>
      <xsl:if test="exists($documents)">
        <p class="entry-refs">
          <xsl:text>Named in </xsl:text>
          <xsl:if test="$part eq 'index'"><xsl:comment>ed:refs</xsl:comment></xsl:if>
          <xsl:for-each select="$documents">
            <xsl:if test="position() gt 1 or $continuation"><xsl:text>, </xsl:text></xsl:if>
            <!-- The document as "120726", linking to the entry in its own index; without a usable name, its title. -->
            <xsl:choose>
              <xsl:when test="exists(?name)">
                <a class="doc-ref" href="{?name}.html#{$anchor}"><xsl:value-of select="?name"/></a>
              </xsl:when>
              <xsl:otherwise><span class="doc-ref"><xsl:value-of select="ed:title(?tei)"/></span></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
          <xsl:if test="$part eq 'index'"><xsl:comment>/ed:refs</xsl:comment></xsl:if>
        </p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- ===================================================================== helpers -->

  <!-- The base name of a document's outputs, its @n, when that is a plain file name (no path, URL or markup). -->
  <xsl:function name="ed:document-name" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="normalize-space($tei/@n)[matches(., '^[A-Za-z0-9_][A-Za-z0-9._-]*$')]"/>
  </xsl:function>

  <!-- The document date as a sortable ISO string, or nothing. -->
  <xsl:function name="ed:sort-date" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="ed:document-date($tei) ! (ed:date-iso(.), @notBefore, @from)[normalize-space()][1] ! string(.)"/>
  </xsl:function>

  <!--
    The ids of the entities a document (TEI) names or quotes in its text (as keys ed:mention and ed:speech
    find them) or lists in its own register, some perhaps more than once.
  -->
  <xsl:function name="ed:named-ids" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="text" select="$tei/descendant::text/descendant::*"/>
    <xsl:sequence select="$text[@ref][self::persName or self::orgName or self::placeName or self::name or self::rs] ! ed:pointer-ids(@ref),
      $text[self::said][@who] ! ed:pointer-ids(@who),
      ed:register-entries($tei) ! string(@xml:id)"/>
  </xsl:function>

  <!-- The keys by which documents are listed: undated ones last, then by date, then by @n. -->
  <xsl:function name="ed:order-keys" as="xs:string+">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="date" select="ed:sort-date($tei)"/>
    <xsl:sequence select="(if (exists($date)) then '0' else '1'), string($date), string($tei/@n)"/>
  </xsl:function>

  <!-- The positions of documents in the order of the page, from their keys (ed:order-keys); equal keys keep their order. -->
  <xsl:function name="ed:page-order" as="xs:integer*">
    <xsl:param name="keys" as="array(xs:string)*"/>
    <xsl:perform-sort select="1 to count($keys)">
      <xsl:sort select="$keys[current()](1)"/>
      <xsl:sort select="$keys[current()](2)"/>
      <xsl:sort select="$keys[current()](3)"/>
    </xsl:perform-sort>
  </xsl:function>

  <!--
    Strings as text that any serialization writes as it is and any caller can pass back: each string as
    its code points joined by dots, the strings joined by spaces. ed:text-keys reads it back.
  -->
  <xsl:function name="ed:key-text" as="xs:string">
    <xsl:param name="keys" as="xs:string*"/>
    <xsl:sequence select="string-join($keys ! string-join(string-to-codepoints(.) ! string(.), '.'), ' ')"/>
  </xsl:function>

  <xsl:function name="ed:text-keys" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="tokenize($text, ' ') ! codepoints-to-string(tokenize(., '\.') ! xs:integer(.))"/>
  </xsl:function>

  <!-- "1 document", "3 documents". -->
  <xsl:function name="ed:count-words" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="one" as="xs:string"/>
    <xsl:param name="many" as="xs:string"/>
    <xsl:sequence select="$n || ' ' || (if ($n eq 1) then $one else $many)"/>
  </xsl:function>

  <xsl:variable name="corpus-css" as="xs:string"><![CDATA[
.intro{margin:0 0 1.25rem;color:var(--muted)}
.documents{list-style:none;padding:0;margin:0}
.document{margin:0 0 1.5rem;break-inside:avoid;page-break-inside:avoid}
.document p{margin:0}
.doc-meta{font:.85rem/1.4 system-ui,sans-serif;color:var(--muted)}
.doc-name{font-weight:600}
h3.doc-title{font-size:1.05rem;text-transform:none;letter-spacing:0;color:inherit;margin:.2rem 0 .3rem;line-height:1.35}
.doc-summary{line-height:1.5}
.doc-ref{font-weight:600}
]]></xsl:variable>

</xsl:stylesheet>
