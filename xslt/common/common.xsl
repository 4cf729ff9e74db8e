<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a tei-edition document means, shared by the HTML and plain-text editions: metadata fields,
  entity names, dates, note numbers, index entries and the reading text. html/ and text/ import this
  file and only format what it decides (the TEIC Stylesheets' common/ split).

  STYLESHEET PARAMETERS (the only ones; set them through saxon-js `stylesheetParams`, or on the
  xslt3 command line as name=value):

    view           'reading' | 'diplomatic'   (default 'reading')
                   HTML: the view shown when the page opens. The reader can switch without script.
    abbreviations  'as-written' | 'expanded'  (default 'as-written')
                   Text edition: keep an abbreviation as the transcript writes it (the expansions are
                   then listed at the end) or replace it with the editor's expansion.
    line-width     number                     (default 72)
                   Text edition: the longest line, in characters (not bytes). At least 30.
    show-index     boolean                    (default true)
                   Both editions: add the index of persons, organizations and places (and, in HTML,
                   link the names in the text to it).
    wikidata-base  string                     (default 'https://www.wikidata.org/wiki/')
    viaf-base      string                     (default 'https://viaf.org/viaf/')
    geonames-base  string                     (default 'https://www.geonames.org/')
                   Prefixes that turn an `idno type="wikidata|VIAF|geonames"` into a link.

  line-width and show-index also accept strings ("60", "false"/"no"/"0"), as the xslt3 command line
  passes them: the stylesheets read them through $ed:line-width and $ed:show-index. Unknown values of
  view and abbreviations fall back to the defaults.

  One edition or many: the functions that take a document ($root) accept a document node or a TEI
  element, and keys are looked up within the TEI a node belongs to (ed:edition), so that each TEI of a
  teiCorpus (html/corpus-to-html.xsl) reads as an edition of its own.

  Reading text (mode ed:reading, function ed:reading-text): choice gives corr, then reg, then expan;
  supplied is "[text]" and gap "[desc]", square brackets being how the translator marked them in the
  transcript; notes are left out; lb and pb are a space. Whitespace is normalised.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:x-tei-edition:xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:param name="view" as="xs:string" select="'reading'"/>
  <xsl:param name="abbreviations" as="xs:string" select="'as-written'"/>
  <xsl:param name="line-width" as="xs:anyAtomicType" select="72"/>
  <xsl:param name="show-index" as="xs:anyAtomicType" select="true()"/>
  <xsl:param name="wikidata-base" as="xs:string" select="'https://www.wikidata.org/wiki/'"/>
  <xsl:param name="viaf-base" as="xs:string" select="'https://viaf.org/viaf/'"/>
  <xsl:param name="geonames-base" as="xs:string" select="'https://www.geonames.org/'"/>

  <xsl:variable name="ed:line-width" as="xs:integer"
    select="let $n := number($line-width) return if ($n ne $n) then 72 else xs:integer(floor(max((min(($n, 1000)), 30))))"/>
  <xsl:variable name="ed:show-index" as="xs:boolean"
    select="if ($show-index instance of xs:boolean) then $show-index
      else not(lower-case(normalize-space(string($show-index))) = ('false', 'no', '0', 'off', ''))"/>

  <!--
    Path expressions in these stylesheets say "/descendant::x" rather than "//x" ("descendant-or-self::node()/
    child::x"): in saxon-js the latter measures markedly slower, and "//(a | b)" several times slower than
    "/descendant::*[self::a or self::b]". The forms select the same nodes when no positional predicate
    follows. (Key patterns such as "text//p" below are matched, not walked, and are unaffected.)
  -->
  <!-- Names in the text by each id their @ref points to. -->
  <xsl:key name="ed:mention" match="text//*[@ref][self::persName or self::orgName or self::placeName or self::name or self::rs]"
    use="ed:pointer-ids(@ref)"/>
  <!-- The blocks of the text by element name, to number those without @n. -->
  <xsl:key name="ed:block" match="text//p | text//opener | text//closer | text//head" use="local-name()"/>
  <!-- Direct speech by speaker id. -->
  <xsl:key name="ed:speech" match="text//said[@who]" use="ed:pointer-ids(@who)"/>

  <!-- Children of opener and closer that are line groups of their own in the document's layout. -->
  <xsl:variable name="ed:frame-blocks" as="xs:string+" select="('byline', 'dateline', 'seg', 'signed', 'salute',
    'docAuthor', 'docDate', 'address', 'argument', 'epigraph', 'p', 'head', 'postscript', 'trailer', 'ab')"/>

  <xsl:variable name="ed:months" as="xs:string+" select="('January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December')"/>

  <!-- ===================================================================== pointers and entries -->

  <!--
    The register: person, org and place entries of the lists in standOff (or the header's profileDesc,
    or back matter). Looked up by id and named once per document, since saxon-js makes every path
    step and function call count when a text names the same people a hundred times.
  -->
  <xsl:variable name="ed:register" as="element()*" select="ed:register-entries(/TEI)"/>
  <xsl:variable name="ed:entries" as="map(xs:string, element())"
    select="map:merge($ed:register ! map {string(@xml:id): .}, map {'duplicates': 'use-first'})"/>
  <xsl:variable name="ed:names" as="map(xs:string, xs:string)"
    select="map:merge($ed:register ! map {string(@xml:id): ed:name-of-entry(.)}, map {'duplicates': 'use-first'})"/>

  <!-- The register entries of one edition (a TEI element), in document order. -->
  <xsl:function name="ed:register-entries" as="element()*">
    <xsl:param name="tei" as="element()?"/>
    <!-- One descendant walk with a test, not "//(listPerson/person | …)", which saxon-js runs as a union at every node. -->
    <xsl:sequence select="$tei/(standOff | teiHeader/profileDesc | text/back)/descendant::*[@xml:id]
      [self::person[parent::listPerson] or self::org[parent::listOrg] or self::place[parent::listPlace]]"/>
  </xsl:function>

  <!--
    The edition a node belongs to: its TEI element. Keys are looked up within it, so that the functions
    below give the same answers for a document of its own and for one TEI of a teiCorpus.
  -->
  <xsl:function name="ed:edition" as="node()">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor-or-self::TEI[1], root($node))[1]"/>
  </xsl:function>

  <!-- The TEI element of a document node, or the TEI element itself (an edition within a teiCorpus). -->
  <xsl:function name="ed:tei" as="element()?">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="if ($root instance of document-node()) then $root/TEI else $root/ancestor-or-self::TEI[1]"/>
  </xsl:function>

  <!-- The local ids of a pointer attribute: "#a #b" → ("a", "b"); external URIs are not ids. -->
  <xsl:function name="ed:pointer-ids" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:variable name="tokens" select="normalize-space($pointers)"/>
    <!-- Nearly every pointer is a single "#id": that needs no tokenizing. -->
    <xsl:sequence select="if (starts-with($tokens, '#') and not(contains($tokens, ' '))) then substring($tokens, 2)
      else tokenize($tokens, ' ')[starts-with(., '#')] ! substring(., 2)"/>
  </xsl:function>

  <!-- The register entry (person, org, place) a pointer attribute refers to, if the document has it. -->
  <xsl:function name="ed:entry" as="element()?">
    <xsl:param name="pointers" as="xs:string?"/>
    <!-- Nearly every @ref is one "#id": look that up directly, it is the commonest call of a page. -->
    <xsl:variable name="tokens" select="normalize-space($pointers)"/>
    <xsl:sequence select="if (starts-with($tokens, '#') and not(contains($tokens, ' '))) then $ed:entries(substring($tokens, 2))
      else (ed:pointer-ids($tokens) ! $ed:entries(.))[1]"/>
  </xsl:function>

  <!-- An entry's preferred name: the name typed "preferred", else its first name, else its id. -->
  <xsl:function name="ed:preferred-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="known" select="$ed:names(string($entry/@xml:id))"/>
    <xsl:sequence select="if (exists($known)) then $known else ed:name-of-entry($entry)"/>
  </xsl:function>

  <xsl:function name="ed:name-of-entry" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <!-- The register writes the preferred name first, as plain text: then it is read without a search. -->
    <xsl:variable name="first" select="$entry/*[1][@type eq 'preferred'][self::persName or self::orgName or self::placeName or self::name][not(*)]"/>
    <xsl:variable name="plain" select="normalize-space($first)"/>
    <xsl:sequence select="if ($plain ne '') then $plain else ed:find-name($entry)"/>
  </xsl:function>

  <!-- The same answer for any entry, by a search of its names. -->
  <xsl:function name="ed:find-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(persName | orgName | placeName | name)"/>
    <xsl:sequence select="(($names[@type = 'preferred'], $names)[1] ! ed:name-text(.), string($entry/@xml:id))[. ne ''][1]"/>
  </xsl:function>

  <!-- An entry's full name when it differs from the preferred one. -->
  <xsl:function name="ed:full-name" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="full" select="$entry/(persName | orgName | placeName)[@type = 'full'][1] ! ed:name-text(.)"/>
    <xsl:sequence select="$full[. ne ed:preferred-name($entry)]"/>
  </xsl:function>

  <!--
    Other spellings recorded for an entry (variants): one name element per spelling not shown already,
    that is neither one of $shown (the preferred and the full name, which the caller has at hand) nor
    an earlier variant.
  -->
  <xsl:function name="ed:variants" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="shown" as="xs:string*"/>
    <xsl:variable name="names" select="$entry/(persName | orgName | placeName)[not(@type = ('preferred', 'full'))]"/>
    <xsl:variable name="texts" select="$names ! ed:name-text(.)"/>
    <xsl:sequence select="for $i in 1 to count($names)
      return $names[$i][not($texts[$i] = ($shown, '', subsequence($texts, 1, $i - 1)))]"/>
  </xsl:function>

  <!-- A name element's text; forename/surname parts are separate elements, so join them with spaces. -->
  <xsl:function name="ed:name-text" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="if ($name/*) then normalize-space(string-join($name/descendant::text(), ' ')) else normalize-space($name)"/>
  </xsl:function>

  <!--
    What to call the entity a text element (persName…, said) points to: the register's preferred name;
    without a register, the text of the first name in the document pointing to the same id; failing
    that the element's own text. An opaque id is the last resort.
  -->
  <xsl:function name="ed:entity-label" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="pointers" select="string(($element/@ref, $element/@who)[1])"/>
    <xsl:variable name="entry" select="ed:entry($pointers)"/>
    <xsl:choose>
      <xsl:when test="$entry">
        <xsl:sequence select="ed:preferred-name($entry)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="ids" select="ed:pointer-ids($pointers)"/>
        <xsl:sequence select="(
            (for $id in $ids return key('ed:mention', $id, ed:edition($element)))[1] ! ed:reading-text(.),
            $element[not(self::said)] ! ed:reading-text(.),
            $ids[1],
            $pointers
          )[. ne ''][1]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- "person", "org" or "place" for an entry or a name in the text; "name" otherwise. -->
  <xsl:function name="ed:entity-kind" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="if ($element[self::person or self::persName]) then 'person'
      else if ($element[self::org or self::orgName]) then 'org'
      else if ($element[self::place or self::placeName]) then 'place'
      else 'name'"/>
  </xsl:function>

  <!--
    An index's entries of one kind ('person', 'org', 'place'), sorted by @sortKey, else the surname, else
    the preferred name: without markup a name's family part cannot be told (Deng Xiaoping, Dean Rusk).
  -->
  <xsl:function name="ed:index-entries" as="element()*">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="ed:sort-entries($ed:register[local-name() eq $kind])"/>
  </xsl:function>

  <!-- Entries in index order: see ed:index-entries. -->
  <xsl:function name="ed:sort-entries" as="element()*">
    <xsl:param name="entries" as="element()*"/>
    <xsl:perform-sort select="$entries">
      <xsl:sort select="lower-case((@sortKey, (persName[@type = 'preferred'], persName)[1]/(@sortKey, surname),
        ed:preferred-name(.))[normalize-space()][1])"/>
      <xsl:sort select="lower-case(ed:preferred-name(.))"/>
      <xsl:sort select="string(@xml:id)"/>
    </xsl:perform-sort>
  </xsl:function>

  <!--
    Why an entry is not (yet) a plain register entry: its status note and its certainty, e.g.
    "Proposed: not in the register; certainty medium"; nothing for a confirmed entry.
  -->
  <xsl:function name="ed:entry-status" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="parts" select="($entry/note[@type = 'status'] ! replace(ed:reading-text(.), '[.;,:]+$', ''),
      $entry/@cert[. = ('medium', 'low')] ! ('certainty ' || .))[. ne '']"/>
    <xsl:variable name="text" select="string-join($parts, '; ')"/>
    <xsl:sequence select="$text[. ne ''] ! (upper-case(substring(., 1, 1)) || substring(., 2))"/>
  </xsl:function>

  <!-- The places in the text (paragraph, opener, closer, head) that name an entry, in document order. -->
  <xsl:function name="ed:mentions" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="if (ed:in-document-tei($entry)) then $ed:mention-blocks(string($entry/@xml:id))
      else key('ed:mention', string($entry/@xml:id), ed:edition($entry))/ed:container(.)"/>
  </xsl:function>

  <!-- The places where an entry is the speaker of direct speech. -->
  <xsl:function name="ed:speeches" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="if (ed:in-document-tei($entry)) then $ed:speech-blocks(string($entry/@xml:id))
      else key('ed:speech', string($entry/@xml:id), ed:edition($entry))/ed:container(.)"/>
  </xsl:function>

  <!--
    Where an entry is named and where it speaks, as {'named': blocks, 'speaks': blocks}: what an index
    entry asks, with one test of the edition the entry belongs to instead of one per question.
  -->
  <xsl:function name="ed:index-refs" as="map(xs:string, element()*)">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="id" select="string($entry/@xml:id)"/>
    <xsl:sequence select="if (ed:in-document-tei($entry)) then map {'named': $ed:mention-blocks($id), 'speaks': $ed:speech-blocks($id)}
      else map {'named': ed:mentions($entry), 'speaks': ed:speeches($entry)}"/>
  </xsl:function>

  <!--
    The same answers for the common case, a document whose root is one TEI, worked out in one walk over
    its text: the index asks for every entry, and a key lookup within an edition, a container search per
    name and a sort per entry cost saxon-js more than the page's whole text. The names are grouped by
    the ids they point to, and each id maps to the blocks of its names (speeches): the path from the
    group to its blocks gives them in document order and each once, as the key path does. Within a
    teiCorpus /TEI is empty and the keys answer.
  -->
  <xsl:variable name="ed:document-tei" as="element()?" select="/TEI"/>
  <xsl:variable name="ed:mention-blocks" as="map(xs:string, element()*)">
    <xsl:map>
      <xsl:for-each-group select="$ed:document-tei/text/descendant::*[@ref][self::persName or self::orgName or self::placeName or self::name or self::rs]"
        group-by="ed:pointer-ids(@ref)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()/ed:container(.)"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>
  <xsl:variable name="ed:speech-blocks" as="map(xs:string, element()*)">
    <xsl:map>
      <xsl:for-each-group select="$ed:document-tei/text/descendant::said[@who]" group-by="ed:pointer-ids(@who)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()/ed:container(.)"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- Whether a node belongs to the TEI that is the document itself (the case the maps above cover). -->
  <xsl:function name="ed:in-document-tei" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($ed:document-tei) and $node/ancestor-or-self::TEI[1] is $ed:document-tei"/>
  </xsl:function>

  <!-- The block of the text a node belongs to: its paragraph, the opener, the closer, a heading or an endnote. -->
  <xsl:function name="ed:container" as="element()?">
    <xsl:param name="node" as="node()"/>
    <!-- Most names stand right in a paragraph: the parent test spares the predicate on every ancestor. -->
    <xsl:sequence select="($node[not(self::p or self::opener or self::closer or self::head)]/parent::p,
      $node/ancestor-or-self::*[self::p or self::opener or self::closer or self::head or self::note[@type = 'endnote']][1])[1]"/>
  </xsl:function>

  <!-- The anchor id of a block: "p{@n}" for a numbered paragraph, else "opener", "closer", "p-3", "head-2"… -->
  <xsl:function name="ed:anchor" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:choose>
      <xsl:when test="$block[self::p][@n]">
        <xsl:sequence select="'p' || normalize-space($block/@n)"/>
      </xsl:when>
      <xsl:when test="$block[self::note][@xml:id]">
        <xsl:sequence select="string($block/@xml:id)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="kin" select="ed:kin($block)"/>
        <xsl:variable name="position" select="count($kin[. &lt;&lt; $block]) + 1"/>
        <xsl:sequence select="if ($block[self::p]) then 'p-' || $position
          else if (count($kin) eq 1) then local-name($block)
          else local-name($block) || '-' || $position"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!--
    The blocks of the text with the same name as $block (key ed:block). For the document's own TEI they
    come from one walk over its text, made once: building the key walks the whole document, register
    included, and a page asks for it for every opener, closer and heading it links to.
  -->
  <xsl:function name="ed:kin" as="element()*">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="if (ed:in-document-tei($block)) then $ed:blocks[local-name() eq local-name($block)]
      else key('ed:block', local-name($block), ed:edition($block))"/>
  </xsl:function>

  <xsl:variable name="ed:blocks" as="element()*"
    select="$ed:document-tei/text/descendant::*[self::p or self::opener or self::closer or self::head]"/>

  <!-- How a block is cited in an index: its paragraph number, or "opener", "closer", "heading", "note 2". -->
  <xsl:function name="ed:block-label" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="if ($block[self::p][@n]) then normalize-space($block/@n)
      else if ($block[self::p]) then string(count(ed:kin($block)[. &lt;&lt; $block]) + 1)
      else if ($block[self::head]) then 'heading'
      else if ($block[self::note]) then 'note ' || normalize-space($block/@n)
      else local-name($block)"/>
  </xsl:function>

  <!-- The URL of an authority identifier (Wikidata, VIAF, GeoNames), or nothing when unknown. -->
  <xsl:function name="ed:authority-url" as="xs:string?">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="value" select="normalize-space($idno)"/>
    <xsl:variable name="type" select="lower-case($idno/@type)"/>
    <xsl:sequence select="if (ed:safe-url($value)) then $value
      else if ($value eq '' or matches($value, '[\s/?#]')) then ()
      else if ($type eq 'wikidata') then $wikidata-base || $value
      else if ($type eq 'viaf') then $viaf-base || $value
      else if ($type eq 'geonames') then $geonames-base || $value
      else ()"/>
  </xsl:function>

  <!-- The authority's display name for an idno type. -->
  <xsl:function name="ed:authority-name" as="xs:string">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="type" select="lower-case($idno/@type)"/>
    <xsl:sequence select="if ($type eq 'wikidata') then 'Wikidata' else if ($type eq 'viaf') then 'VIAF'
      else if ($type eq 'geonames') then 'GeoNames' else string($idno/@type)"/>
  </xsl:function>

  <!-- A URL fit for a link: only http(s), so that a hostile document cannot smuggle in javascript: links. -->
  <xsl:function name="ed:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:sequence select="normalize-space($url)[matches(., '^https?://[^\s&lt;&gt;&quot;]+$', 'i')]"/>
  </xsl:function>

  <!-- ===================================================================== dates -->

  <!-- An ISO date (YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time) for reading: "9 April 1962". -->
  <xsl:function name="ed:format-date" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <!--
      A year alone (most life dates) is written as it is, and a full date (most dates of a text) is
      checked by one short regular expression; other forms take the general way below.
    -->
    <xsl:sequence select="if (string-length($iso) eq 4 and translate($iso, '0123456789', '') eq '') then $iso
      else if (string-length($iso) eq 10 and matches($iso, '^[0-9]{4}-(0[1-9]|1[0-2])-[0-9]{2}$'))
        then (let $month := xs:integer(substring($iso, 6, 2))
          return string(xs:integer(substring($iso, 9, 2))) || ' ' || $ed:months[$month] || ' ' || substring($iso, 1, 4))
      else ed:format-iso-date($iso)"/>
  </xsl:function>

  <!-- ed:format-date for any form: one regular expression to check the form, then substrings. -->
  <xsl:function name="ed:format-iso-date" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="year-length" select="if (starts-with($iso, '-')) then 5 else 4"/>
    <xsl:variable name="rest" select="substring($iso, $year-length + 1)"/>
    <xsl:variable name="ymd" select="if (contains($rest, 'T')) then substring-before($rest, 'T') else $rest"/>
    <xsl:variable name="month" select="if ($ymd ne '') then xs:integer(substring($ymd, 2, 2)) else 0"/>
    <xsl:sequence select="if (not(matches($iso, '^-?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(T[0-9]{2}:[0-9]{2}.*)?$'))) then $iso
      else if ($month gt 12) then $iso
      else string-join((
        if (string-length($ymd) eq 6) then string(xs:integer(substring($ymd, 5, 2))) else (),
        if ($month gt 0) then $ed:months[$month] else (),
        substring($iso, 1, $year-length)), ' ')
        || (if (contains($rest, 'T')) then ', ' || substring(substring-after($rest, 'T'), 1, 5) else '')"/>
  </xsl:function>

  <!-- A TEI date element for reading: @when, a range (@from/@to, @notBefore/@notAfter) or the words. -->
  <xsl:function name="ed:date-display" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="if ($date/@when) then ed:format-date($date/@when)
      else if ($date/@from and $date/@to) then ed:format-date($date/@from) || ' – ' || ed:format-date($date/@to)
      else if ($date/@notBefore and $date/@notAfter) then 'between ' || ed:format-date($date/@notBefore)
        || ' and ' || ed:format-date($date/@notAfter)
      else ed:reading-text($date)"/>
  </xsl:function>

  <!-- The machine-readable value of a date (for HTML time/@datetime), when it has one. -->
  <xsl:function name="ed:date-iso" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="string($date/@when)[matches(., '^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?)?)?$')]"/>
  </xsl:function>

  <!-- Why a date is less than certain, in words, or nothing. -->
  <xsl:function name="ed:date-caveat" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="if ($date/@evidence = 'internal') then 'year taken from the document date'
      else if ($date/@cert = ('medium', 'low')) then 'certainty ' || $date/@cert else ()"/>
  </xsl:function>

  <!-- Life dates of a register entry: "22 August 1904 – 19 February 1997", or nothing. -->
  <xsl:function name="ed:life-dates" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="birth" select="$entry/birth[1]"/>
    <xsl:variable name="death" select="$entry/death[1]"/>
    <xsl:sequence select="if (empty($birth) and empty($death)) then ()
      else (if ($birth) then ed:date-display($birth) else '?') || ' – ' || (if ($death) then ed:date-display($death) else '')
        => normalize-space()"/>
  </xsl:function>

  <!-- ===================================================================== the document -->

  <!-- The document's title: the main title, any title, the opener's title line, or a fallback. -->
  <xsl:function name="ed:title" as="xs:string">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="titles" select="ed:tei($root)/teiHeader/fileDesc/titleStmt/title"/>
    <xsl:variable name="main" select="($titles[@type = 'main'], $titles)[normalize-space()][1]"/>
    <xsl:variable name="opener" select="ed:tei($root)/text/descendant::opener/seg[@type = 'title'][normalize-space()][1]"/>
    <xsl:sequence select="if ($main) then ed:reading-text($main)
      else if ($opener) then ed:reading-text($opener) else 'Untitled document'"/>
  </xsl:function>

  <!-- The source URL of the document (publication idno or the citation's link), safe for a link. -->
  <xsl:function name="ed:source-url" as="xs:string?">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="fileDesc" select="ed:tei($root)/teiHeader/fileDesc"/>
    <xsl:sequence select="(($fileDesc/publicationStmt/idno[@type = 'URI'], $fileDesc/sourceDesc/descendant::ref/@target) ! ed:safe-url(.))[1]"/>
  </xsl:function>

  <!-- The date of the document (its creation date typed "document", else the citation's), if given. -->
  <xsl:function name="ed:document-date" as="element()?">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="header" select="ed:tei($root)/teiHeader"/>
    <xsl:sequence select="($header/profileDesc/creation/date[@type = 'document'], $header/fileDesc/sourceDesc/bibl[1]/date)[1]"/>
  </xsl:function>

  <!-- The date of the event the document records (a conversation, a meeting), if given. -->
  <xsl:function name="ed:event-date" as="element()?">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="ed:tei($root)/teiHeader/profileDesc/creation/date[@type = 'event'][1]"/>
  </xsl:function>

  <!-- The summary of the document (its abstract), or nothing. -->
  <xsl:function name="ed:summary" as="xs:string?">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="normalize-space(string-join(ed:tei($root)/teiHeader/profileDesc/abstract ! ed:reading-text(.), ' '))[. ne '']"/>
  </xsl:function>

  <!--
    The header's facts in display order, as maps {key, label, text, href?, datetime?, note?}. Both
    editions print them; a field the header lacks is simply absent.
  -->
  <xsl:function name="ed:metadata" as="map(*)*">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="header" select="ed:tei($root)/teiHeader"/>
    <xsl:variable name="fileDesc" select="$header/fileDesc"/>
    <xsl:variable name="bibl" select="$fileDesc/sourceDesc/bibl[1]"/>
    <xsl:variable name="document-date" select="ed:document-date($root)"/>
    <xsl:variable name="event-date" select="ed:event-date($root)"/>
    <xsl:variable name="archive" select="string-join(($bibl/orgName[@type = 'archive'], $bibl/idno[@type = 'archival'])
      ! ed:reading-text(.)[. ne ''], ', ')"/>
    <xsl:variable name="distributor" select="($fileDesc/publicationStmt/distributor, $bibl/distributor)[1] ! ed:reading-text(.)"/>
    <xsl:variable name="record" select="$fileDesc/publicationStmt/idno[@type = 'record'][1] ! normalize-space(.)"/>
    <xsl:variable name="translators" select="distinct-values((
      $fileDesc/titleStmt/respStmt[matches(resp, '^\s*translat', 'i')]/(persName | name | orgName),
      $bibl/descendant::editor[@role = 'translator']) ! ed:reading-text(.)[. ne ''])"/>
    <xsl:variable name="source" select="ed:source-url($root)"/>
    <!-- The stamps of the text in one walk over it: the classification as written, and the copy number. -->
    <xsl:variable name="stamps" select="ed:tei($root)/text/descendant::seg[@type = ('classification', 'copy')]"/>
    <xsl:sequence select="(
      $document-date ! ed:date-field('document-date', 'Document date', .),
      $event-date ! ed:date-field('event-date', 'Event date', .),
      ed:field('archive', 'Archive', $archive),
      ed:field('record', 'Record', string-join(($distributor, $record ! ('record ' || .)), ', ')),
      ed:field('translator', if (count($translators) gt 1) then 'Translators' else 'Translator', string-join($translators, '; ')),
      $source ! map {'key': 'source', 'label': 'Source', 'text': ., 'href': .},
      ed:field('summary', 'Summary', ed:summary($root)),
      ed:field('languages', 'Languages', string-join($header/profileDesc/langUsage/language ! ed:reading-text(.), '; ')),
      ed:field('classification', 'Classification', $stamps[@type = 'classification'][1] ! ed:reading-text(.)),
      ed:field('copy', 'Copy number', $stamps[@type = 'copy'][1] ! (normalize-space(@n), ed:reading-text(.))[. ne ''][1]),
      $fileDesc/notesStmt/note[@type = 'contents'] ! ed:field('contents', 'Contents', ed:reading-text(.)),
      $fileDesc/notesStmt/note[not(@type = 'contents')]
        ! ed:field('header-note', (normalize-space(@n)[. ne ''], 'Note')[1], ed:reading-text(.)),
      $fileDesc/publicationStmt/p ! ed:field('publication', 'Publication', ed:reading-text(.)),
      $fileDesc/sourceDesc/p ! ed:field('source-description', 'Source description', ed:reading-text(.)),
      $bibl ! ed:field('citation', 'Citation', ed:reading-text(.))
    )"/>
  </xsl:function>

  <xsl:function name="ed:field" as="map(*)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="normalize-space($text)[. ne ''] ! map {'key': $key, 'label': $label, 'text': .}"/>
  </xsl:function>

  <xsl:function name="ed:date-field" as="map(*)">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="written" select="ed:reading-text($date)"/>
    <xsl:variable name="shown" select="ed:date-display($date)"/>
    <xsl:sequence select="map:merge((
      map {'key': $key, 'label': $label, 'text': $shown},
      ed:date-iso($date) ! map {'datetime': .},
      $written[. ne '' and . ne $shown] ! map {'note': 'written “' || . || '”'}))"/>
  </xsl:function>

  <!-- The editor of this encoding as the header names it, or the header of the corpus: "tei-edition 0.1.0". -->
  <xsl:function name="ed:generator" as="xs:string?">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="((ed:tei($root), reverse($root/ancestor-or-self::teiCorpus), $root/teiCorpus) ! teiHeader/encodingDesc/appInfo/application)[1]
      ! normalize-space(string-join(((label, @ident)[1], @version), ' '))"/>
  </xsl:function>

  <!-- ===================================================================== notes -->

  <!-- A note's number: its position among the notes of the text, so calls and endnotes always agree. -->
  <xsl:function name="ed:note-number" as="xs:integer">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="($ed:note-numbers(generate-id($note)), count($note/preceding::note[not(@type = 'endnote')]) + 1)[1]"/>
  </xsl:function>

  <!-- Every note the edition adds to the text numbered once, rather than counting preceding notes at each
       call. The document's own endnotes (note type="endnote" in back) keep the numbers they are printed with. -->
  <xsl:variable name="ed:note-numbers" as="map(xs:string, xs:integer)"
    select="map:merge(/TEI/text/descendant::note[not(@type = 'endnote')] ! map {generate-id(.): position()})"/>

  <!-- What kind of note it is, for its label ("Gloss", "Correction"), or nothing. -->
  <xsl:function name="ed:note-label" as="xs:string?">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="type" select="string($note/@type)"/>
    <xsl:sequence select="if ($type eq 'gloss') then 'Gloss' else if ($type eq 'correction') then 'Correction'
      else if ($type = ('', 'editorial')) then () else upper-case(substring($type, 1, 1)) || substring($type, 2)"/>
  </xsl:function>

  <!-- The abbreviations the editor expanded, as distinct "abbr = expan" pairs in order of first use. -->
  <xsl:function name="ed:abbreviations" as="map(*)*">
    <xsl:param name="root" as="node()"/>
    <xsl:for-each-group select="ed:tei($root)/text/descendant::choice[abbr and expan]"
      group-by="ed:reading-text(abbr[1]) || '&#1;' || ed:reading-text(expan[1])">
      <xsl:sequence select="map {'abbr': ed:reading-text(abbr[1]), 'expan': ed:reading-text(expan[1])}"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- ===================================================================== reading text -->

  <!-- The reading text of nodes, whitespace normalised; a note asked for by itself gives its own text. -->
  <xsl:function name="ed:reading-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" as="xs:string">
      <xsl:value-of><xsl:apply-templates select="$nodes ! (if (self::note) then node() else .)" mode="ed:reading"/></xsl:value-of>
    </xsl:variable>
    <xsl:sequence select="normalize-space($text)"/>
  </xsl:function>

  <xsl:mode name="ed:reading" on-no-match="text-only-copy"/>

  <xsl:template match="note" mode="ed:reading"/>

  <xsl:template match="choice" mode="ed:reading">
    <xsl:apply-templates select="(corr, reg, expan, *)[1]" mode="#current"/>
  </xsl:template>

  <xsl:template match="supplied" mode="ed:reading">
    <xsl:text>[</xsl:text>
    <xsl:apply-templates mode="#current"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="gap" mode="ed:reading">
    <xsl:value-of select="'[' || ed:gap-text(.) || ']'"/>
  </xsl:template>

  <!-- A line or page break inside a reading is a word boundary; @line-break says what to write. -->
  <xsl:template match="lb | pb | cb" mode="ed:reading">
    <xsl:param name="line-break" as="xs:string" select="' '" tunnel="yes"/>
    <xsl:value-of select="if (self::lb) then $line-break else ' '"/>
  </xsl:template>

  <!-- What a gap says: its description, its reason, or an ellipsis. -->
  <xsl:function name="ed:gap-text" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:sequence select="(normalize-space($gap/desc), normalize-space($gap/@reason), '…')[. ne ''][1]"/>
  </xsl:function>

</xsl:stylesheet>
