-- entities.sql: nlp_entities, nlp_entities_json and nlp_labels.
-- Each line prints name|1 when its check holds (tests/sql/run.sh).
.mode list

-- The API surface.
select 'ent_module', (select count(*) from pragma_module_list
  where name in ('nlp_entities', 'nlp_labels')) = 2;
select 'ent_json_fn', (select count(*) from pragma_function_list
  where name = 'nlp_entities_json' and narg = 1) = 1;
select 'ent_columns', (select group_concat(name, ',') from pragma_table_xinfo('nlp_entities'))
  = 'idx,entity,label,canonical,value,sentence,char_start,char_end,byte_start,byte_end,qualifier,document,reference_date';

-- NULL, empty: no rows; JSON: NULL in, NULL out; '' gives [].
select 'ent_null', (select count(*) from nlp_entities(NULL)) = 0;
select 'ent_empty', (select count(*) from nlp_entities('')) = 0;
select 'ent_json_null', nlp_entities_json(NULL) is null;
select 'ent_json_empty', nlp_entities_json('') = '[]';

-- Rows.
create temp table t(body);
insert into t values ('President Joe Biden met Mexican officials in Mexico City. Later, Biden flew home.');
insert into t values ('“Yes,” López said in São Paulo. The U.S. and the United States agreed.');
insert into t values (cast(x'416e67656c61204d65726b656c2080ff2076697369746564205061726973' as text));
insert into t values ('Angela Merkel went to Paris.' || char(13,10) || 'Merkel left.');
select 'ent_person', (select group_concat(entity || '/' || label || '/' || canonical, '|')
  from nlp_entities((select body from t where rowid = 1)))
  = 'Joe Biden/PERSON/Joe Biden|Mexican/NORP/Mexican|Mexico City/GPE/Mexico City|Biden/PERSON/Joe Biden';
select 'ent_alias', (select count(*) from t, nlp_entities(t.body) e
  where t.rowid = 2 and e.canonical = 'United States') = 2;
select 'ent_value_null', (select count(*) from t, nlp_entities(t.body) e
  where e.label in ('PERSON', 'GPE', 'ORG', 'NORP') and e.value is not null) = 0;
select 'ent_sentence', (select sentence from nlp_entities((select body from t where rowid = 1))
  where entity = 'Biden') = 1;

-- The substr() identity (curly quotes, accents, invalid UTF-8, CRLF).
select 'ent_substr', (select count(*) from t, nlp_entities(t.body) e
  where substr(t.body, e.char_start + 1, e.char_end - e.char_start) is not e.entity) = 0;
select 'ent_bytes', (select count(*) from t, nlp_entities(t.body) e
  where substr(cast(t.body as blob), e.byte_start + 1, e.byte_end - e.byte_start)
        is not cast(e.entity as blob)) = 0;
select 'ent_rows_exist', (select count(*) from t, nlp_entities(t.body)) = 13;
select 'ent_rowid', (select count(*) from t, nlp_entities(t.body) e where e.rowid <> e.idx) = 0;

-- JSON has the same rows as the table and the JSON subtype.
select 'ent_json_same', (select count(*) from t, json_each(nlp_entities_json(t.body)) j
  join nlp_entities(t.body) e on e.idx = j.value ->> 'idx'
  where e.entity = j.value ->> 'entity' and e.label = j.value ->> 'label'
    and e.char_start = j.value ->> 'char_start' and e.byte_end = j.value ->> 'byte_end'
    and e.canonical = j.value ->> 'canonical')
  = (select count(*) from t, nlp_entities(t.body));
select 'ent_json_subtype', json_type(json_array(nlp_entities_json('Paris.'))) = 'array'
  and json_array(nlp_entities_json('Paris.')) like '[[%';

-- Labels.
select 'labels_count', (select count(*) from nlp_labels) = 19;
select 'labels_names', (select group_concat(label, ',') from nlp_labels)
  = 'PERSON,NORP,FAC,ORG,GPE,LOC,PRODUCT,EVENT,WORK_OF_ART,LAW,LANGUAGE,DATE,TIME,PERCENT,MONEY,QUANTITY,ORDINAL,CARDINAL,MISC';
select 'labels_cover', (select count(*) from t, nlp_entities(t.body) e
  where e.label not in (select label from nlp_labels)) = 0;
select 'labels_described', (select count(*) from nlp_labels
  where description is null or example is null or description = '') = 0;

-- A missing document is an error, a lateral join works.
select 'ent_lateral', (select count(*) from t join nlp_entities(t.body)) = 13;
