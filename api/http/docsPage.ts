/**
 * Interactive API docs served offline (no CDN): lists every operation of /api/openapi.json
 * and lets a logged-in user send a request from the page, with the session cookie.
 *
 * Script and style are separate files (docs.js, docs.css): the CSP allows no inline script or style.
 */
export const docsPage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>API 文档 / API docs</title>
<link rel="stylesheet" href="/api/docs.css">
</head><body><header><b>海东市规划与督查地图 API 文档</b> · Haidong map API · <a href="/api/openapi.json">openapi.json</a></header>
<main id="ops">加载中… / loading…</main>
<script src="/api/docs.js"></script></body></html>`;

export const docsStyle = `body{font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f5f7fa;color:#1f2d3d}
header{background:#1d4e89;color:#fff;padding:12px 20px}main{max-width:1100px;margin:0 auto;padding:16px}
details{background:#fff;border:1px solid #d9e1ea;border-radius:6px;margin:8px 0}summary{cursor:pointer;padding:8px 12px}
.m{display:inline-block;min-width:58px;font-weight:700;text-transform:uppercase}.get{color:#1a7f37}.post{color:#b35900}.put,.patch{color:#6639ba}.delete{color:#cf222e}
pre{background:#0f172a;color:#e2e8f0;padding:8px;overflow:auto;max-height:320px;border-radius:4px}textarea,input{width:100%;box-sizing:border-box;font-family:monospace}
.body{padding:0 12px 12px}button{background:#1d4e89;color:#fff;border:0;border-radius:4px;padding:6px 14px;cursor:pointer}
header a{color:#cde}
`;

export const docsScript = `fetch('/api/openapi.json').then(r=>r.json()).then(doc=>{
  const root=document.getElementById('ops');root.textContent='';
  for(const [path,ops] of Object.entries(doc.paths)){for(const [method,op] of Object.entries(ops)){
    const d=document.createElement('details');const s=document.createElement('summary');
    s.innerHTML='<span class="m '+method+'"></span> <code></code> — <span></span>';
    s.children[0].textContent=method;s.children[1].textContent=path;s.children[2].textContent=op.summary+' · '+op.description;
    d.appendChild(s);const b=document.createElement('div');b.className='body';d.appendChild(b);
    const url=document.createElement('input');url.value=path;b.appendChild(url);
    let ta=null;if(op.requestBody){const pre=document.createElement('pre');const media=op.requestBody.content['application/json']||Object.values(op.requestBody.content)[0];pre.textContent=JSON.stringify(media.schema,null,2);b.appendChild(pre);ta=document.createElement('textarea');ta.rows=6;ta.placeholder='{ }';b.appendChild(ta);}
    const btn=document.createElement('button');btn.textContent='发送 / Send';b.appendChild(btn);const out=document.createElement('pre');b.appendChild(out);
    btn.onclick=async()=>{out.textContent='…';try{const r=await fetch(url.value,{method:method.toUpperCase(),headers:ta?{'content-type':'application/json'}:{},body:ta?ta.value:undefined,credentials:'same-origin'});const t=await r.text();out.textContent=r.status+' '+r.statusText+'\\n'+t.slice(0,20000);}catch(e){out.textContent=String(e);}};
    root.appendChild(d);}}
}).catch(e=>{document.getElementById('ops').textContent='无法加载 / failed: '+e});
`;
