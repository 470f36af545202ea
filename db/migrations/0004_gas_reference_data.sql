-- The hazard history is append-only (东政办〔2023〕98号 §四(二) closed-loop records): the database
-- refuses to rewrite or erase a transition, as it does for audit_log (0001).
CREATE OR REPLACE FUNCTION gas_hazard_transitions_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'gas_hazard_transitions is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER gas_hazard_transitions_no_update_delete
  BEFORE UPDATE OR DELETE ON gas_hazard_transitions
  FOR EACH ROW EXECUTE FUNCTION gas_hazard_transitions_refuse_change();
--> statement-breakpoint
CREATE TRIGGER gas_hazard_transitions_no_truncate
  BEFORE TRUNCATE ON gas_hazard_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION gas_hazard_transitions_refuse_change();
--> statement-breakpoint
-- 东政办〔2023〕98号 §二(一): the nine inspection groups (mirrors api/domain/gas/inspectionGroups.ts).
INSERT INTO gas_groups (no, kind, name, district_code, lead_unit, member_units) VALUES
  (1, 'area', '第一包片督查组', '630202', '海东消防救援支队', '["市发展改革委"]'),
  (2, 'area', '第二包片督查组', '630203', '市住房建设局', '["市教育局"]'),
  (3, 'area', '第三包片督查组', '630222', '市公安局', '["市交通运输局"]'),
  (4, 'area', '第四包片督查组', '630223', '市商务局', '["市司法局","市卫生健康委"]'),
  (5, 'area', '第五包片督查组', '630224', '市应急局', '["市民宗委","市民政局","市财政局"]'),
  (6, 'area', '第六包片督查组', '630225', '市市场监管局', '["市自然资源规划局","市文体旅游广电局"]'),
  (7, 'area', '第七包片督查组', 'park', '园区管委会规划建设部', '["园区安全生产职能部门"]'),
  (8, 'comprehensive', '综合督查组', NULL, '市应急局、市住房建设局', '["市公安局","市商务局","市市场监管局","海东消防救援支队"]'),
  (9, 'covert', '明察暗访组', NULL, '市住房建设局、市应急局', '["市城镇燃气安全专项整治工作专班成员单位"]');
--> statement-breakpoint
-- 东政办〔2023〕98号 §一(一): the 2023 campaign and its two rounds.
INSERT INTO gas_campaigns (id, document, title, issued_on, min_days_per_round) VALUES
  ('haidong-gas-2023', '东政办〔2023〕98号', '海东市城镇燃气安全专项整治督导检查', '2023-10-13', 7);
--> statement-breakpoint
INSERT INTO gas_rounds (campaign_id, no, name_zh, name_en, starts_on, ends_on, report_due_on) VALUES
  ('haidong-gas-2023', 1, '全面排查', 'Comprehensive inspection', '2023-10-13', '2023-10-31', '2023-10-31'),
  ('haidong-gas-2023', 2, '回头看', 'Look-back', '2023-11-01', '2023-11-30', '2023-11-30');
