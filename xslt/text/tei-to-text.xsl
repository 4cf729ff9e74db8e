<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI P5 (as tei-edition writes it) → the plain-text edition: UTF-8, LF, no line longer than
  $line-width characters (72), one newline at the end, the same bytes for the same input.
  Parameters are documented in ../common/common.xsl.

  Layout: header block (title, then "Label: value" fields and a Conventions line), a rule of "=",
  the opener line by line, the numbered paragraphs, the closer, then NOTES, ABBREVIATIONS and
  INDEX OF NAMES when there is something to list.
  Conventions (stated in the output's Conventions line, which follows the parameters):
    "[n] " opens paragraph n; the paragraph hangs under its first word.
    "[^n]" calls endnote n: distinct from the translator's square brackets and from paragraph numbers.
    supplied and gap are in square brackets, as the translator wrote them; corr stands for sic (the
    correction's note says what the transcript has); pb type="rejoin" is a single space.
    Abbreviations stay as written, this being a transcription, and each distinct expansion is listed
    under ABBREVIATIONS, so none is lost; with abbreviations='expanded' the expansion replaces them.
  Each block is built as a sequence of lines and joined once: method="text" would strip a
  whitespace-only newline written as a literal in a template.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:x-tei-edition:xslt"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="width" as="xs:integer" select="$ed:line-width"/>
  <xsl:variable name="nl" as="xs:string" select="'&#10;'"/>
  <xsl:variable name="root" select="/"/>
  <xsl:variable name="expand" as="xs:boolean" select="$abbreviations eq 'expanded'"/>

  <xsl:template match="/">
    <xsl:variable name="lines" as="xs:string*" select="(
      ed:header-lines(/),
      string-join((1 to $width) ! '='),
      '',
      /TEI/text/(front, body, back)/* ! ed:block-lines(.),
      ed:notes-lines(/),
      ed:abbreviation-lines(/),
      if ($ed:show-index) then ed:index-lines(/) else ()
    )"/>
    <!-- One blank line at most between blocks, none at the end, no trailing spaces. -->
    <xsl:variable name="text" select="string-join($lines, $nl)
      => replace(' +\n', $nl) => replace('\n{3,}', $nl || $nl) => replace('^\n+|\s+$', '')"/>
    <xsl:value-of select="$text || $nl"/>
  </xsl:template>

  <!-- ===================================================================== header -->

  <xsl:function name="ed:header-lines" as="xs:string*">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="fields" select="(ed:metadata($root),
      map {'label': 'Conventions', 'text': ed:conventions($root)})"/>
    <xsl:variable name="column" select="min((max($fields ! string-length(?label)) + 2, 20))"/>
    <xsl:variable name="indent" select="ed:pad('', $column)"/>
    <xsl:sequence select="ed:wrap(ed:title($root), '', ''), '',
      $fields ! ed:wrap(string-join((?text, ?note ! ('(' || . || ')')), ' '), ed:pad(?label || ': ', $column), $indent),
      ''"/>
  </xsl:function>

  <!-- The conventions this edition follows, in words, for the header: only those that apply. -->
  <xsl:function name="ed:conventions" as="xs:string">
    <xsl:param name="root" as="node()"/>
    <!-- One walk over the text for all the tests below (each "//" is a walk of its own in saxon-js). -->
    <xsl:variable name="marked" select="$root/TEI/text/descendant::*[self::note or self::supplied or self::gap or self::choice]"/>
    <xsl:variable name="choices" select="$marked[self::choice]"/>
    <xsl:sequence select="string-join((
      '[n] opens paragraph n.',
      if ($marked[self::note[not(@type = 'endnote')]]) then '[^n] calls note n at the end.' else (),
      if ($marked[self::supplied or self::gap]) then 'Square brackets are the translator''s (words supplied, omissions).' else (),
      if ($choices[sic]) then 'Transcription slips are given corrected.' else (),
      if ($choices[orig]) then 'Spellings are given regularised.' else (),
      if ($choices[abbr]) then
        (if ($expand) then 'Abbreviations are expanded.'
         else 'Abbreviations are kept as written; their expansions are listed at the end.') else (),
      'Lines are at most ' || $width || ' characters.'
    ), ' ')"/>
  </xsl:function>

  <!-- ===================================================================== text -->

  <!-- A block of the text as lines, followed by a blank line. -->
  <xsl:function name="ed:block-lines" as="xs:string*">
    <xsl:param name="block" as="element()"/>
    <xsl:choose>
      <xsl:when test="$block[self::div]">
        <xsl:sequence select="$block/* ! ed:block-lines(.)"/>
      </xsl:when>
      <xsl:when test="$block[self::opener or self::closer]">
        <xsl:sequence select="ed:frame-lines($block) ! ed:fill(., '', ''), ''"/>
      </xsl:when>
      <xsl:when test="$block[self::p]">
        <xsl:variable name="text" select="ed:reading-text($block)"/>
        <xsl:variable name="number" select="'[' || ed:block-label($block) || '] '"/>
        <xsl:sequence select="if ($text) then (ed:fill($text, $number, ed:pad('', string-length($number))), '') else ()"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="ed:reading-text($block)[. ne ''] ! (ed:wrap(., '', ''), '')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The lines of an opener or closer: each line group starts a line, and so does each lb. -->
  <xsl:function name="ed:frame-lines" as="xs:string*">
    <xsl:param name="frame" as="element()"/>
    <xsl:variable name="text" as="xs:string">
      <xsl:value-of>
        <xsl:for-each select="$frame/node()">
          <xsl:if test="self::*[local-name() = $ed:frame-blocks]"><xsl:value-of select="$nl"/></xsl:if>
          <xsl:apply-templates select="." mode="ed:reading">
            <xsl:with-param name="line-break" select="$nl" tunnel="yes"/>
          </xsl:apply-templates>
          <xsl:if test="self::*[local-name() = $ed:frame-blocks]"><xsl:value-of select="$nl"/></xsl:if>
        </xsl:for-each>
      </xsl:value-of>
    </xsl:variable>
    <xsl:sequence select="tokenize($text, '\n') ! normalize-space(.)[. ne '']"/>
  </xsl:function>

  <!-- In the text edition a note leaves its call where it stands. -->
  <xsl:template match="text//note" mode="ed:reading">
    <xsl:value-of select="'[^' || ed:note-number(.) || ']'"/>
  </xsl:template>

  <xsl:template match="choice[abbr]" mode="ed:reading">
    <xsl:apply-templates select="(if ($expand) then expan else (), abbr)[1]" mode="#current"/>
  </xsl:template>

  <!-- ===================================================================== back matter -->

  <xsl:function name="ed:notes-lines" as="xs:string*">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="notes" select="$root/TEI/text/descendant::note[not(@type = 'endnote')]"/>
    <xsl:if test="$notes">
      <xsl:sequence select="'NOTES', ''"/>
      <xsl:for-each select="$notes">
        <xsl:variable name="call" select="'[^' || ed:note-number(.) || '] '"/>
        <xsl:sequence select="ed:wrap(string-join((ed:note-label(.) ! (. || '.'), ed:reading-text(.)), ' '),
          $call, ed:pad('', string-length($call)))"/>
      </xsl:for-each>
      <xsl:sequence select="''"/>
    </xsl:if>
  </xsl:function>

  <xsl:function name="ed:abbreviation-lines" as="xs:string*">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="pairs" select="if ($expand) then () else ed:abbreviations($root)"/>
    <xsl:if test="exists($pairs)">
      <xsl:sequence select="'ABBREVIATIONS', '',
        $pairs ! ed:wrap(?abbr || ' = ' || ?expan, '', '    '), ''"/>
    </xsl:if>
  </xsl:function>

  <xsl:function name="ed:index-lines" as="xs:string*">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="groups" as="xs:string*">
      <xsl:for-each select="('person', 'org', 'place')">
        <xsl:variable name="entries" select="ed:index-entries(.)"/>
        <xsl:if test="$entries">
          <xsl:sequence select="if (. eq 'person') then 'Persons' else if (. eq 'org') then 'Organizations' else 'Places'"/>
          <xsl:sequence select="$entries ! ed:wrap(ed:index-line(.), '  ', '      '), ''"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="if (exists($groups)) then ('INDEX OF NAMES', '', $groups) else ()"/>
  </xsl:function>

  <!-- "Deng Xiaoping: 3; speaks in 3, 8" — paragraph numbers, or "opener"/"closer". -->
  <xsl:function name="ed:index-line" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="status" select="if ($entry/note[@type = 'status'] or $entry/@cert = ('medium', 'low'))
      then ed:entry-status($entry) ! (' (' || lower-case(substring(., 1, 1)) || substring(., 2) || ')') else ()"/>
    <xsl:variable name="refs" select="ed:index-refs($entry)"/>
    <!-- Numbered paragraphs, nearly all the blocks, need no function call for their label. -->
    <xsl:variable name="named" select="string-join($refs?named ! (if (@n and self::p) then normalize-space(@n) else ed:block-label(.)), ', ')"/>
    <xsl:variable name="speaks" select="string-join($refs?speaks ! (if (@n and self::p) then normalize-space(@n) else ed:block-label(.)), ', ')"/>
    <xsl:variable name="where" select="string-join(($named[. ne ''], $speaks[. ne ''] ! ('speaks in ' || .)), '; ')"/>
    <xsl:sequence select="ed:preferred-name($entry) || string($status) || ': '
      || (if ($where ne '') then $where else 'not marked in the text')"/>
  </xsl:function>

  <!-- ===================================================================== wrapping -->

  <!--
    Words of $text filled into lines of at most $width characters: the first line starts with $first,
    the others with $rest. A word longer than a line (a long URL) is cut, so that no line is too long.
    One greedy regular expression does the filling: "up to $room characters, then a space".
  -->
  <xsl:function name="ed:wrap" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <xsl:sequence select="ed:fill(normalize-space($text), $first, $rest)"/>
  </xsl:function>

  <!-- ed:wrap of words whose whitespace is normalised already, such as a reading text. -->
  <xsl:function name="ed:fill" as="xs:string*">
    <xsl:param name="words" as="xs:string"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <xsl:variable name="room" select="max(($width - max((string-length($first), string-length($rest))), 1))"/>
    <!--
      "." in the regular expressions matches any character but a line or paragraph separator (U+2028,
      U+2029: JavaScript's "."), so the two short ways below are for text without those.
    -->
    <xsl:variable name="plain" select="not(contains($words, '&#x2028;') or contains($words, '&#x2029;'))"/>
    <xsl:choose>
      <!--
        Most calls (index entries, header fields, short paragraphs) fit on one line: say so without the
        tokenizing and the two regular expressions built from $room (about 40 µs a call in saxon-js).
      -->
      <xsl:when test="$words and $plain and string-length($words) le $room">
        <xsl:sequence select="$first || $words"/>
      </xsl:when>
      <!--
        No word longer than a line: every match ends a line and together they cover the text, so the
        lines can be prefixed by the replacement itself (when $rest is spaces) and the last token,
        after the final line break, is that prefix alone. This spares a filter and a concatenation per
        line of a paragraph.
      -->
      <xsl:when test="$words and $plain and translate($rest, ' ', '') eq '' and not(contains($first, '&#10;'))
          and not(matches($words, '[^ ]{' || $room + 1 || '}'))">
        <xsl:variable name="lines" select="tokenize($first || replace($words || ' ', '(.{1,' || $room || '}) ', '$1&#10;' || $rest), '&#10;')"/>
        <xsl:sequence select="subsequence($lines, 1, count($lines) - 1)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="fit" select="if (matches($words, '[^ ]{' || $room + 1 || '}'))
          then string-join(tokenize($words, ' ') ! ed:cut(., $room), ' ') else $words"/>
        <xsl:variable name="lines" select="tokenize(replace($fit || ' ', '(.{1,' || $room || '}) ', '$1&#10;'), '&#10;')[. ne '']"/>
        <xsl:sequence select="$lines ! ((if (position() eq 1) then $first else $rest) || .)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="ed:cut" as="xs:string+">
    <xsl:param name="word" as="xs:string"/>
    <xsl:param name="room" as="xs:integer"/>
    <xsl:sequence select="if (string-length($word) le $room) then $word
      else (substring($word, 1, $room), ed:cut(substring($word, $room + 1), $room))"/>
  </xsl:function>

  <xsl:function name="ed:pad" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="length" as="xs:integer"/>
    <xsl:variable name="missing" select="$length - string-length($text)"/>
    <!-- A piece of a run of spaces rather than a string joined from single spaces, which costs far more. -->
    <xsl:sequence select="if ($missing le string-length($spaces)) then $text || substring($spaces, 1, $missing)
      else $text || string-join((1 to $missing) ! ' ')"/>
  </xsl:function>

  <xsl:variable name="spaces" as="xs:string" select="'                                        '"/>

</xsl:stylesheet>
