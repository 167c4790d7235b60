/** Documents rule tests vary one part of: a notice with its header and closing, and articles-style measures. */

/** A notice of 湖南省人力资源和社会保障厅 with 发文字号, 统一登记号, two outline items (the second holds the effectiveness clause) and the 成文日期. */
export const notice = (registration: string, effective: string, signed: string, number = '湘人社规〔2025〕3号'): string => `湖南省人力资源和社会保障厅文件

${number}

${registration}

# 湖南省人力资源和社会保障厅关于做好就业见习工作的通知

各市州人力资源和社会保障局：

根据《中华人民共和国就业促进法》有关规定，现就有关事项通知如下：

一、扩大见习规模

各地要广泛开发见习岗位。

二、执行时间

${effective}

湖南省人力资源和社会保障厅

${signed}
`;

/** Measures in two articles: the basis, then the effectiveness clause with the validity given. */
export const measures = (title: string, validity: string): string =>
  `# ${title}\n\n第一条 为了规范见习工作，根据《中华人民共和国就业促进法》，制定本办法。\n\n第二条 本办法自2025年7月1日起施行，${validity}。\n`;
