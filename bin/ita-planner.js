#!/usr/bin/env node
// The command line runs the compiled core in lib/ (built by `npm ci` through the prepare script).
// Whatever happens, the user reads one plain message in the language asked for, never a stack trace.
const path = require('path');
const fs = require('fs');
const args = process.argv.slice(2);
const en = args[args.indexOf('--lang') + 1] === 'en' && args.includes('--lang');
const say = (th, english) => console.error(`ita-planner: ${en ? english : th}`);
const main = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  say(
    'ยังไม่ได้ติดตั้งให้สมบูรณ์ (ไม่มีโฟลเดอร์ lib/) — รัน npm ci (หรือ npm run prepare) ก่อน',
    'the install is incomplete (lib/ is missing); run `npm ci` (or `npm run prepare`) first',
  );
  process.exit(2);
}
require(main)
  .main(args)
  .then((code) => {
    process.exitCode = code;
  })
  .catch(() => {
    say(
      'เกิดข้อผิดพลาดที่ไม่คาดคิด งานนี้ไม่เสร็จ และไฟล์ต้นฉบับไม่ถูกแก้ไข — ลองอีกครั้ง ถ้ายังเกิดอีก โปรดแจ้งผู้ดูแลพร้อมคำสั่งที่ใช้',
      'something unexpected went wrong: the command did not finish, and the input file is unchanged; try again, and if it happens again, report it with the command you ran',
    );
    process.exitCode = 2;
  });
