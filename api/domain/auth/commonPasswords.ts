/**
 * A small shipped list of passwords too common to allow (issue 14), all ≥ 12 characters (shorter
 * ones fail the length rule anyway): frequent entries of public breach lists and the obvious
 * local ones. Compared case-insensitively.
 */
export const commonPasswords: readonly string[] = [
  '123456789012', '1234567890123', '12345678901234', '123456123456', '111111111111', '000000000000',
  '123123123123', '987654321098', 'qwertyuiopas', 'qwertyuiop12', 'qwertyuiop123', '1q2w3e4r5t6y',
  '1qaz2wsx3edc', 'zaq12wsxcde3', 'qazwsxedcrfv', 'asdfghjkl123', 'passwordpassword', 'password1234',
  'password12345', 'password123456', 'password@123', 'Password@123', 'p@ssw0rd1234', 'p@ssword1234',
  'iloveyou1234', 'administrator', 'administrator1', 'admin1234567', 'admin@123456', 'admin12345678',
  'adminadmin12', 'rootroot1234', 'welcome12345', 'welcome@1234', 'letmein12345', 'changeme1234',
  'abc123456789', 'abcdefghijkl', 'abcd12345678', 'a12345678901', 'aa1234567890', 'woaini123456',
  'woaini1314520', '5201314520131', '520131452013', 'haidong12345', 'haidong123456', 'haidong@2023',
  'haidong@2024', 'haidong@2025', 'haidong@2026', 'haidong-admin', 'haidong-demo1', 'qinghai12345',
  'qinghai123456', 'qinghai@2024', 'zhangsan1234', 'football1234', 'baseball1234', 'superman1234',
  'sunshine1234', 'princess1234', 'starwars1234', 'trustno11234', 'monkey123456', 'dragon123456',
  'master123456', 'shadow123456', 'michael12345', 'jennifer1234', 'computer1234', 'internet1234',
  'whatever1234', 'qwerty123456', 'qwerty@12345', 'asdf1234asdf', 'zxcvbnm12345', 'zxcvbnm123456',
  '1234qwerasdf', '1234abcd1234', 'aaaaaaaaaaaa', 'abcabcabcabc', '147258369147', '159753159753',
  '741852963741', '135792468013', '246813579024', '888888888888', '666666666666', '999999999999',
];
